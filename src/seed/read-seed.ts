import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { checkSeed, type ParsedSeedFile, type Seed, type SeedProblem } from './check-seed.js';
import { seedFileSchema } from './seed-file.js';

export type { Seed, SeedProblem };

export const seedDirectory = fileURLToPath(new URL('../../seed/data/', import.meta.url));

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seed has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n` +
        problems.map((p) => `  ${p.file}: ${p.location}: ${p.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

/**
 * Reads and validates every `*.yaml` file under the directory before anything is written: a seed
 * loads whole or not at all, and a curator sees every problem at once, each with file, place and line.
 */
export async function readSeed(directory: string = seedDirectory): Promise<Seed> {
  const problems: SeedProblem[] = [];
  const parsedFiles: ParsedSeedFile[] = [];

  for (const file of await yamlFiles(directory)) {
    const source = await readFile(path.join(directory, file), 'utf8');
    const lines = new LineCounter();
    const document = parseDocument(source, { prettyErrors: true, lineCounter: lines });
    const locate = (issuePath: PropertyKey[]) => describeLocation(document, lines, issuePath);
    for (const error of document.errors) {
      problems.push({ file, location: `line ${error.linePos?.[0].line ?? '?'}`, message: error.message });
    }
    if (document.errors.length > 0) continue;

    const parsed = seedFileSchema.safeParse(document.toJS() ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, location: locate(issue.path), message: issue.message });
      continue;
    }

    const texts = new Map<string, string | null>();
    for (const [index, entry] of (parsed.data.sources ?? []).entries()) {
      if (entry.textFile === undefined) continue;
      const textPath = path.resolve(directory, path.dirname(file), entry.textFile);
      try {
        texts.set(entry.key, await readFile(textPath, 'utf8'));
      } catch {
        problems.push({ file, location: locate(['sources', index, 'textFile']), message: `cannot read ${textPath}` });
      }
    }
    parsedFiles.push({ file, content: parsed.data, locate, texts });
  }

  if (problems.length > 0) throw new SeedValidationError(problems);
  const checked = checkSeed(parsedFiles);
  if (checked.problems.length > 0) throw new SeedValidationError(checked.problems);
  return checked.seed;
}

async function yamlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

function describeLocation(document: Document, lines: LineCounter, issuePath: PropertyKey[]): string {
  const yamlPath = issuePath.filter((part): part is string | number => typeof part !== 'symbol');
  const printed =
    yamlPath.reduce<string>(
      (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
      '',
    ) || '(file)';
  const node = nearestNode(document, yamlPath);
  return node?.range ? `${printed} (line ${lines.linePos(node.range[0]).line})` : printed;
}

function nearestNode(document: Document, yamlPath: (string | number)[]) {
  for (let length = yamlPath.length; length >= 0; length -= 1) {
    const node = document.getIn(yamlPath.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return node;
  }
  return undefined;
}
