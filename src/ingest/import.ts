import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Identifier } from '../model/entity.js';
import type { RecordSet } from '../model/record-set.js';
import { toEntityRecord, toSourceRecord } from '../model/rules.js';
import type { GraphDatabase } from '../neo4j/database.js';
import { noExistingRecords, type ExistingRecords } from '../repositories/existing-records.js';
import { IngestRepository, type WriteTally } from '../repositories/ingest-repository.js';
import { ImportChecker, referencesOf, type RowProblem } from './check-rows.js';
import { changesOf, type ImportChanges } from './import-changes.js';
import { parseImportRecord } from './import-records.js';
import { popoloInput, type PopoloInputOptions } from './popolo/popolo-input.js';
import type { PopoloMatch } from './popolo/popolo-records.js';
import { readRows, type ImportFormat, type RawRow, type RowFormat } from './read-rows.js';

export interface ImportOptions {
  /** Who the audit fields name, such as "import:alice". */
  actor: string;
  /** Rows per transaction. */
  batchSize: number;
  /** Write the good rows and put the bad ones here; without it, one bad row means nothing is written. */
  rejectFile: string | null;
  /** Validate only. */
  checkOnly: boolean;
  /** How a Popolo file or an EveryPolitician term CSV maps: see src/ingest/popolo/popolo-records.ts. */
  popolo?: PopoloInputOptions;
  onPhase?: (phase: ImportPhase, total: number) => void;
  /** Rows of the phase handled so far; told the phase's total once its last row is done (written, when writing). */
  onProgress?: (done: number) => void;
}

/** A problem, with where it is as a reader finds it: "line 12", or a Popolo record's JSON pointer. */
export type LocatedProblem = RowProblem & { where: string };

/** The rows of the file, as often as the import reads them, and where each is in the file. */
interface ImportInput {
  rows: () => AsyncIterable<RawRow>;
  where: (line: number) => string;
  matches: PopoloMatch[];
  /** A CSV's header line, for its reject file. */
  format: ImportFormat;
}

export type ImportPhase = 'reading' | 'checking' | 'writing entities and sources' | 'writing relations';

export interface ImportReport {
  rows: number;
  problems: LocatedProblem[];
  /** Rows that had problems (a row may have several). */
  rejectedRows: number;
  /** Records handed to the database (changed or not); null when nothing was written. */
  written: { entities: number; sources: number; relations: number; evidence: number } | null;
  /** What the write changed, as the statements saw it; null when nothing was written. */
  changes: ImportChanges | null;
  /** Popolo and term CSV records that joined entities the graph holds (entity resolution), and by what. */
  matches: PopoloMatch[];
  seconds: { checking: number; writing: number };
}

const LOOKUP_CHUNK = 20_000;

/**
 * Imports a JSON Lines or CSV file: validated whole before anything is written (with the seed's
 * rules, against the file and the database), then written in UNWIND batches, one transaction each,
 * entities and sources first so that every relation's ends and sources exist when it is written.
 * Every write is an upsert on keys that replaces edges, so running the import again changes nothing,
 * and running it again after a crash finishes the job: a relation is only ever written together with
 * its evidence.
 */
export async function importFile(database: GraphDatabase, file: string, format: ImportFormat, options: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const ingest = new IngestRepository(database);
  const input = await openInput(database, ingest, file, format, options);
  if ('refused' in input) {
    const seconds = { checking: (performance.now() - started) / 1000, writing: 0 };
    return { rows: 0, problems: input.refused, rejectedRows: input.refused.length, written: null, changes: null, matches: [], seconds };
  }
  const { rows, problems: found, checker } = await checkFile(ingest, file, input, options);
  const problems = found.map((problem) => ({ ...problem, where: input.where(problem.line) }));
  const seconds = { checking: (performance.now() - started) / 1000, writing: 0 };
  const report = { rows, problems, rejectedRows: new Set(problems.map((problem) => problem.line)).size, written: null, changes: null, matches: input.matches, seconds };
  if (options.checkOnly || (problems.length > 0 && options.rejectFile === null)) return report;

  const writeStarted = performance.now();
  if (options.rejectFile !== null) await writeRejects(file, input, options.rejectFile, (line) => checker.isBad(line));
  const { written, changes } = await writeGoodRows(ingest, input, checker, rows, options);
  seconds.writing = (performance.now() - writeStarted) / 1000;
  return { ...report, written, changes };
}

/**
 * JSON Lines and CSV are read from the file at each pass; a Popolo file (or a term CSV) is read once,
 * checked whole (problems located, and nothing else is checked until they are fixed) and turned into rows.
 */
async function openInput(
  database: GraphDatabase,
  ingest: IngestRepository,
  file: string,
  format: ImportFormat,
  options: ImportOptions,
): Promise<ImportInput | { refused: LocatedProblem[] }> {
  if (format === 'jsonl' || format === 'csv') return { rows: () => readRows(file, format satisfies RowFormat), where: (line) => `line ${line}`, matches: [], format };
  if (!options.popolo) return { refused: [{ line: 1, field: '', message: 'name the dataset (--dataset): it qualifies the file\'s ids', where: '--dataset' }] };
  const popolo = await popoloInput(database, file, format, options.popolo, (keys) => lookUp(ingest, keys));
  if ('problems' in popolo) {
    return { refused: popolo.problems.map((problem, at) => ({ line: at + 1, field: '', message: problem.message, where: problem.pointer || '/' })) };
  }
  const pointers = new Map(popolo.rows.map((row) => [row.line, row.locator ?? '/']));
  return { rows: async function* () { yield* popolo.rows; }, where: (line) => pointers.get(line) ?? `row ${line}`, matches: popolo.matches, format };
}

export { describeChanges, nothingChanged, type ImportChanges } from './import-changes.js';

export const DEFAULT_SEAT_NAME = 'Member of {organization} for {area}';

/** Reads the rows twice, with a look-up in the database in between (see ImportChecker); writes nothing. */
async function checkFile(ingest: IngestRepository, file: string, input: ImportInput, options: ImportOptions) {
  const checker = new ImportChecker(path.dirname(path.resolve(file)));
  const references = { entities: new Set<string>(), sources: new Set<string>() };
  const problems: RowProblem[] = [];

  options.onPhase?.('reading', 0);
  let rows = 0;
  for await (const row of input.rows()) {
    rows += 1;
    const defined = await checker.define(row);
    problems.push(...defined.problems);
    if (defined.parsed) referencesOf(defined.parsed.record, references);
  }
  problems.push(...checker.useExisting(await lookUp(ingest, checker.keysToLookUp(references))));

  options.onPhase?.('checking', rows);
  let checked = 0;
  for await (const row of input.rows()) {
    options.onProgress?.(checked);
    checked += 1;
    if (checker.isBad(row.line)) continue;
    const result = checker.check({ line: row.line, text: row.text, record: parseImportRecord(row.value).data! });
    if (result.problems.length > 0) {
      checker.markBad(row.line);
      problems.push(...result.problems);
    }
  }
  options.onProgress?.(checked);
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems, checker };
}

/** Two more reads: entities and sources first, then relations, so that everything a relation names exists. */
async function writeGoodRows(ingest: IngestRepository, input: ImportInput, checker: ImportChecker, rows: number, options: ImportOptions) {
  const written = { entities: 0, sources: 0, relations: 0, evidence: 0 };
  const tallies: WriteTally[] = [];
  const batches = new Batches(options.batchSize, async (records) => {
    tallies.push(await ingest.write(records, options.actor, 'import.batch'));
    written.entities += records.entities.length;
    written.sources += records.sources.length;
    written.relations += records.relations.length;
    written.evidence += records.relations.reduce((sum, relation) => sum + relation.evidence.length, 0) + records.entityEvidence.length;
  });
  for (const phase of ['writing entities and sources', 'writing relations'] as const) {
    options.onPhase?.(phase, rows);
    let done = 0;
    for await (const row of input.rows()) {
      // Rows before this one are handed over; the last is done when the phase's last batch is written.
      options.onProgress?.(done);
      done += 1;
      if (checker.isBad(row.line)) continue;
      const record = parseImportRecord(row.value).data!;
      if (phase === 'writing entities and sources') {
        if ('entity' in record) await batches.add({ entities: [toEntityRecord(record.entity)] });
        else if ('source' in record) await batches.add({ sources: [toSourceRecord(record.source, checker.storedText(record.source.key))] });
      } else if (!('source' in record)) {
        // Identifiers rows here too: by now every entity the file defines is written.
        const { relation, entityEvidence = [], identifierAddition } = checker.check({ line: row.line, text: row.text, record });
        await batches.add({ relations: relation ? [relation] : [], entityEvidence, identifierAdditions: identifierAddition ? [identifierAddition] : [] });
      }
    }
    await batches.flush();
    options.onProgress?.(done);
  }
  return { written, changes: changesOf(tallies) };
}

/** Collects records until a batch is full, then hands it over; one batch is one transaction. */
class Batches {
  private pending = emptyRecords();
  private count = 0;

  constructor(
    private readonly size: number,
    private readonly write: (records: RecordSet) => Promise<void>,
  ) {}

  async add(records: Partial<RecordSet>): Promise<void> {
    for (const name of ['entities', 'sources', 'relations', 'entityEvidence', 'identifierAdditions'] as const) {
      const added = records[name] ?? [];
      (this.pending[name] as unknown[]).push(...added);
      this.count += added.length;
    }
    if (this.count >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    const records = this.pending;
    this.pending = emptyRecords();
    this.count = 0;
    await this.write(records);
  }
}

function emptyRecords(): RecordSet {
  return { entities: [], entityEvidence: [], sources: [], relations: [], identifierAdditions: [] };
}

/** Asks the database about many keys in chunks, so one statement never carries a huge list. */
async function lookUp(ingest: IngestRepository, keys: { entities: string[]; sources: string[]; identifiers: Identifier[] }): Promise<ExistingRecords> {
  const existing = noExistingRecords();
  const longest = Math.max(keys.entities.length, keys.sources.length, keys.identifiers.length);
  for (let at = 0; at < longest; at += LOOKUP_CHUNK) {
    const chunk = <T>(items: T[]) => items.slice(at, at + LOOKUP_CHUNK);
    const found = await ingest.existing({ entities: chunk(keys.entities), sources: chunk(keys.sources), identifiers: chunk(keys.identifiers) });
    for (const [key, value] of found.entities) existing.entities.set(key, value);
    for (const [key, value] of found.sources) existing.sources.set(key, value);
    for (const [key, value] of found.identifiers) existing.identifiers.set(key, value);
  }
  return existing;
}

/** The bad rows as they stand in the file (a CSV with its header), to fix and import again. */
async function writeRejects(file: string, input: ImportInput, rejectFile: string, isBad: (line: number) => boolean): Promise<void> {
  const out = await open(rejectFile, 'w');
  try {
    if (input.format === 'csv') {
      const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
      for await (const header of lines) {
        await out.write(`${header.replace(/^\uFEFF/, '')}\n`);
        break;
      }
      lines.close();
    }
    for await (const row of input.rows()) if (isBad(row.line)) await out.write(`${row.text}\n`);
  } finally {
    await out.close();
  }
}
