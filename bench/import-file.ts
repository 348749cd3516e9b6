import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PartialDate } from '../src/model/relation.js';
import { DEFAULT_SEED, generateGraph, parseSize, type GeneratedBatch, type GeneratedGraph } from './generator.js';

/**
 * `npm run bench:import-file -- --size 32k --out graph.jsonl`: the generated graph as an import file
 * (JSON Lines, the format `npm run import` reads), to measure the import on data of a known size.
 * 32k entities give about 100k relations.
 */

function partialDate(value: PartialDate | null): string | undefined {
  if (value === null) return undefined;
  return value.precision === 'YEAR' ? value.date.slice(0, 4) : value.precision === 'MONTH' ? value.date.slice(0, 7) : value.date;
}

/** Which occurrence of the quote the offsets point at, when the text holds it more than once. */
function occurrenceOf(text: string, quote: string, start: number): number | undefined {
  let seen = 0;
  let total = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    total += 1;
    if (at <= start) seen = total;
  }
  return total > 1 ? seen : undefined;
}

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}

export function* importRows(batch: GeneratedBatch, texts: Map<string, string>): Generator<object> {
  if (batch.kind === 'entities') {
    for (const entity of batch.entities) yield { entity: withoutNulls({ ...entity }) };
    return;
  }
  for (const { publishedAtPrecision: _precision, ...source } of batch.sources) {
    texts.set(source.key, source.text);
    yield { source };
  }
  const evidenceOf = new Map<string, object[]>();
  for (const { relation, source, quote, start, confidence } of batch.evidence) {
    const occurrence = occurrenceOf(texts.get(source) ?? '', quote, start);
    evidenceOf.set(relation, [...(evidenceOf.get(relation) ?? []), withoutNulls({ source, quote, occurrence, confidence })]);
  }
  for (const { qualifiers, validFrom, validTo, ...relation } of batch.relations) {
    yield {
      relation: withoutNulls({ ...relation, ...qualifiers, validFrom: partialDate(validFrom), validTo: partialDate(validTo), evidence: evidenceOf.get(relation.id) ?? [] }),
    };
  }
}

/** Writes the generated graph to `file` as JSON Lines, the format `npm run import` reads. */
export async function writeImportFile(graph: GeneratedGraph, file: string): Promise<void> {
  const out = createWriteStream(file);
  const texts = new Map<string, string>();
  for (const batch of graph.batches()) {
    for (const row of importRows(batch, texts)) {
      if (!out.write(`${JSON.stringify(row)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
  }
  await new Promise<void>((resolve, reject) => out.end(() => resolve()).once('error', reject));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: '32k' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, out: { type: 'string' } },
  });
  if (!values.out) throw new Error('--out FILE is required');
  const graph = generateGraph({ entities: parseSize(values.size), seed: Number(values.seed) });
  await writeImportFile(graph, values.out);
  console.log(JSON.stringify({ file: values.out, ...graph.stats }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
