import { parseArgs } from 'node:util';
import { runCommand } from '../cli.js';
import { newApiKey, SCOPES, type Scope } from './api-keys.js';

/**
 * `npm run api-key -- --name alice --scopes curator`: makes a new random key and prints it once,
 * with the API_KEYS entry that admits it (which holds only the key's hash). Without --scopes the key
 * only reads: writing is granted by asking for it, never by leaving an option out.
 */
runCommand(async () => {
  const { values } = parseArgs({ options: { name: { type: 'string' }, scopes: { type: 'string', default: 'reader' } } });
  const scopes = values.scopes.split('+');
  if (!values.name || !/^[\w.-]+$/.test(values.name)) throw new Error('Give --name NAME (letters, digits, ".", "_" or "-").');
  const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
  if (unknown.length > 0) throw new Error(`Unknown scope ${unknown.join(', ')}; use ${SCOPES.join(' and/or ')}, joined with '+'.`);
  const { key, entry } = newApiKey(values.name, scopes as Scope[]);
  console.log(`API key for ${values.name}, scopes ${scopes.join(' and ')} (shown once; give it to its holder):\n  ${key}\n`);
  console.log(`Add this entry to API_KEYS (comma-separated) where the server runs:\n  ${entry}`);
});
