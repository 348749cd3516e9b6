import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { EntityRecord } from '../model/entity.js';
import { entityFileSchema, toEntityRecord } from './entity-file.js';

export const seedDirectory = fileURLToPath(new URL('../../seed/data/', import.meta.url));

export interface SeedProblem {
  file: string;
  /** Where in the file: a YAML path such as entities[3].subKind, with its line when known. */
  location: string;
  message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n` +
        problems.map((p) => `  ${p.file}: ${p.location}: ${p.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

export interface Seed {
  entities: EntityRecord[];
}

/**
 * Reads and validates every seed file before anything is written: a seed either loads whole or not
 * at all, and a curator sees every problem at once.
 */
export async function readSeed(directory: string = seedDirectory): Promise<Seed> {
  const files = (await readdir(directory)).filter((file) => /\.ya?ml$/.test(file)).sort();
  const problems: SeedProblem[] = [];
  const entities: EntityRecord[] = [];
  const firstSeen = new Map<string, string>();

  for (const file of files) {
    const source = await readFile(path.join(directory, file), 'utf8');
    const lines = new LineCounter();
    const document = parseDocument(source, { prettyErrors: true, lineCounter: lines });
    const locate = (issuePath: PropertyKey[]) => describeLocation(document, lines, issuePath);
    for (const error of document.errors) {
      problems.push({ file, location: `line ${error.linePos?.[0].line ?? '?'}`, message: error.message });
    }
    if (document.errors.length > 0) continue;

    const parsed = entityFileSchema.safeParse(document.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, location: locate(issue.path), message: issue.message });
      }
      continue;
    }
    for (const [index, entry] of parsed.data.entities.entries()) {
      const earlier = firstSeen.get(entry.key);
      if (earlier) {
        problems.push({
          file,
          location: locate(['entities', index, 'key']),
          message: `key "${entry.key}" is already used in ${earlier}`,
        });
        continue;
      }
      firstSeen.set(entry.key, file);
      entities.push(toEntityRecord(entry));
    }
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  return { entities };
}

function describeLocation(document: Document, lines: LineCounter, issuePath: PropertyKey[]): string {
  const yamlPath = issuePath.filter((part): part is string | number => typeof part !== 'symbol');
  const printed = yamlPath.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
  const node = nearestNode(document, yamlPath);
  const line = node?.range ? lines.linePos(node.range[0]).line : undefined;
  return line === undefined ? printed || '(file)' : `${printed || '(file)'} (line ${line})`;
}

function nearestNode(document: Document, yamlPath: (string | number)[]) {
  for (let length = yamlPath.length; length >= 0; length -= 1) {
    const node = document.getIn(yamlPath.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return node;
  }
  return undefined;
}
