import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys for curators and apps. Deployments list keys by name, scopes and the SHA-256 of the key,
 * never the key itself, so a leaked configuration does not leak a credential. A presented key is
 * hashed and compared against every stored hash in constant time, without stopping at a match, so
 * timing tells nothing about which keys exist.
 */

export const SCOPES = ['reader', 'curator'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ApiKeyEntry {
  name: string;
  scopes: Scope[];
  /** SHA-256 of the key, 64 hex digits. */
  sha256: string;
}

/** Who sent a request, as far as its credential says. */
export interface Viewer {
  name: string;
  scopes: readonly Scope[];
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key (256 bits, base64url) with the entry that admits it. */
export function newApiKey(name: string, scopes: Scope[]): { key: string; entry: string } {
  const key = `pg_${randomBytes(32).toString('base64url')}`;
  return { key, entry: `${name}:${scopes.join('+')}:${hashApiKey(key)}` };
}

/**
 * The keys the server admits. Replaceable while the server runs (a keys file that changed): a request
 * verifies against the entries in force when it asks, and a replacement takes effect for the next one.
 */
export class ApiKeyring {
  private entries: readonly ApiKeyEntry[] = [];
  private hashes: Buffer[] = [];

  constructor(entries: readonly ApiKeyEntry[]) {
    this.replace(entries);
  }

  get size(): number {
    return this.entries.length;
  }

  /** The names of the keys in force. */
  get names(): string[] {
    return this.entries.map((entry) => entry.name);
  }

  replace(entries: readonly ApiKeyEntry[]): void {
    this.entries = [...entries];
    this.hashes = this.entries.map((entry) => Buffer.from(entry.sha256, 'hex'));
  }

  /** The viewer a key belongs to, or null when no entry admits it. */
  verify(presented: string): Viewer | null {
    const hash = createHash('sha256').update(presented, 'utf8').digest();
    const { entries, hashes } = this;
    let found: ApiKeyEntry | null = null;
    hashes.forEach((stored, index) => {
      if (timingSafeEqual(stored, hash) && found === null) found = entries[index]!;
    });
    const entry = found as ApiKeyEntry | null;
    return entry ? { name: entry.name, scopes: entry.scopes } : null;
  }
}

/**
 * Reads `API_KEYS`: entries `name:scope+scope:sha256` separated by commas, such as
 * `alice:curator:9f86d0…`. Problems are reported per entry, by position and name, never echoing a hash.
 */
export function parseApiKeys(text: string | undefined): { entries: ApiKeyEntry[]; problems: string[] } {
  const items = (text ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');
  return parseEntries(items.map((item, index) => ({ item, where: `entry ${index + 1}` })));
}

/**
 * Reads a keys file (API_KEYS_FILE): the same entries, one a line (or several, separated by commas),
 * with blank lines and `#` comments allowed. Problems name the line: "line 3 ("bob") has scopes …".
 * `taken` are names already in use elsewhere (API_KEYS), which the file may not reuse.
 */
export function parseApiKeysFile(text: string, taken: readonly string[] = []): { entries: ApiKeyEntry[]; problems: string[] } {
  const items = text.split(/\r?\n/).flatMap((line, index) =>
    line
      .replace(/#.*$/, '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '')
      .map((item) => ({ item, where: `line ${index + 1}` })),
  );
  return parseEntries(items, taken);
}

function parseEntries(items: { item: string; where: string }[], taken: readonly string[] = []): { entries: ApiKeyEntry[]; problems: string[] } {
  const entries: ApiKeyEntry[] = [];
  const problems: string[] = [];
  for (const { item, where: place } of items) {
    const [name = '', scopeList = '', sha256 = '', ...rest] = item.split(':');
    // Never named when it is a key (pasted in place of its entry): problems are logged, keys are secrets.
    const where = `${place}${name && !name.startsWith('pg_') ? ` ("${name}")` : ''}`;
    const scopes = scopeList.split('+').filter((scope) => scope !== '');
    if (rest.length > 0 || !name || !/^[\w.-]+$/.test(name)) {
      problems.push(`${where} must be written name:scopes:sha256 with a name of letters, digits, '.', '_' or '-'`);
    } else if (scopes.length === 0 || !scopes.every((scope): scope is Scope => (SCOPES as readonly string[]).includes(scope))) {
      problems.push(`${where} has scopes "${scopeList}"; use ${SCOPES.join(' and/or ')}, joined with '+'`);
    } else if (!/^[0-9a-f]{64}$/i.test(sha256)) {
      problems.push(`${where} needs the key's SHA-256 as 64 hex digits (npm run api-key makes one)`);
    } else if (entries.some((entry) => entry.name === name)) {
      problems.push(`${where} repeats a name; each key needs its own`);
    } else if (taken.includes(name)) {
      problems.push(`${where} has a name API_KEYS gives another key; each key needs its own`);
    } else {
      entries.push({ name, scopes: scopes as Scope[], sha256: sha256.toLowerCase() });
    }
  }
  return { entries, problems };
}
