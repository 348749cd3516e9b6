import { fileURLToPath } from 'node:url';
import './curation/store.js';
import { PATH_DEFAULTS } from './reads/graph.js';
import './integrity/checks.js';
import { namedStatements, printedName } from './neo4j/statement.js';
import { MAX_PATH_HOPS, MAX_PATHS, pathStatement } from './repositories/graph-repository.js';
import './repositories/index.js';
import './repositories/entity-matches.js';
import './repositories/ingest-repository.js';
import './seed/write-seed.js';

/**
 * Every named Cypher statement the server, the import and the checks run, as Neo4j receives it,
 * in one committed file (`schema/statements.cypher`, written by `npm run cypher:print`), so that a
 * reviewer reads what runs rather than assembling it from fragments; a test fails when it drifts.
 * Migrations are left out: `cypher/migrations/` holds them as they run.
 */
export const cypherFile = fileURLToPath(new URL('../schema/statements.cypher', import.meta.url));

export function printedCypher(): string {
  // Path searches are built per (hops, first), on demand: the defaults' stand for them all.
  const defaultPaths = new Set(
    [pathStatement(PATH_DEFAULTS.maxHops, PATH_DEFAULTS.first, false), pathStatement(PATH_DEFAULTS.maxHops, PATH_DEFAULTS.first, false, 'brief'), pathStatement(PATH_DEFAULTS.maxHops, PATH_DEFAULTS.first, true)].map(
      printedName,
    ),
  );
  // Whatever else this process has run (other path searches, migrations) is left out: the file must not depend on it.
  const printed = (name: string) => !name.startsWith('migration.') && (!/^graph\.paths/.test(name) || defaultPaths.has(name));
  const statements = [...namedStatements()].filter(([name]) => printed(name)).sort(([a], [b]) => a.localeCompare(b));
  const ambiguous = statements.filter(([, texts]) => texts.size > 1).map(([name]) => name);
  if (ambiguous.length > 0) throw new Error(`Each of these names stands for two different Cypher statements: ${ambiguous.join(', ')}.`);
  const header = `// Every named Cypher statement, as Neo4j receives it; parameters are $-named, never spliced in.
// Written by \`npm run cypher:print\` from the code: do not edit. graph.paths.{hops}.{first} (and .brief, and pathsAt)
// are printed for the defaults, ${PATH_DEFAULTS.maxHops} hops and first ${PATH_DEFAULTS.first}; the others (hops 1 to ${MAX_PATH_HOPS}, first 1 to ${MAX_PATHS})
// differ only in the pattern's {1,hops}, SHORTEST's count (first + 2) and LIMIT first.
// ${statements.length} statements.
`;
  return `${header}\n${statements.map(([name, texts]) => `// ${name}\n${dedent([...texts][0]!)};\n`).join('\n')}`;
}

/** The statement's lines after the first lose the indentation of the TypeScript around them. */
function dedent(text: string): string {
  const [first, ...rest] = text.split('\n').map((line) => line.trimEnd());
  const indents = rest.filter((line) => line.trim() !== '').map((line) => line.length - line.trimStart().length);
  const common = Math.min(...indents, Number.POSITIVE_INFINITY);
  return [first, ...rest.map((line) => (line.trim() === '' ? '' : `  ${line.slice(common)}`))].filter((line, index, all) => line !== '' || all[index - 1] !== '').join('\n');
}
