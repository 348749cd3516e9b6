import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Identifier } from '../../model/entity.js';
import type { GraphDatabase } from '../../neo4j/database.js';
import { entitiesNamed } from '../../repositories/entity-matches.js';
import type { ExistingRecords } from '../../repositories/existing-records.js';
import type { RawRow } from '../read-rows.js';
import { readPopolo, type PopoloDocument, type PopoloProblem } from './popolo-document.js';
import { lookUpsFor, popoloRows, type PopoloMatch, type PopoloOptions } from './popolo-records.js';
import { readTermCsv, type TermCsvOptions } from './term-csv.js';

export type PopoloFormat = 'popolo' | 'everypolitician-csv';

export type PopoloInputOptions = Omit<PopoloOptions, 'title' | 'sha256'> & Partial<TermCsvOptions> & { currentTerm?: boolean };

export interface PopoloInput {
  /** The import's rows, each located where the record it comes from is: a JSON pointer, or a CSV line. */
  rows: RawRow[];
  /** Records that joined an entity the graph holds already, and by what. */
  matches: PopoloMatch[];
}

/**
 * A Popolo file (or an EveryPolitician term CSV, read as the Popolo it abbreviates) read, checked,
 * resolved against the database and turned into the import's rows; or every problem found, located.
 * Reads the database; writes nothing.
 */
export async function popoloInput(
  database: GraphDatabase,
  file: string,
  format: PopoloFormat,
  options: PopoloInputOptions,
  lookUp: (keys: { entities: string[]; sources: string[]; identifiers: Identifier[] }) => Promise<ExistingRecords>,
): Promise<PopoloInput | { problems: PopoloProblem[] }> {
  const read = await readDocument(file, format, options);
  if ('problems' in read) return read;
  const name = path.basename(file);
  const full: PopoloOptions = {
    ...options,
    title: `${name} (${format === 'popolo' ? 'Popolo' : 'EveryPolitician term CSV'})`,
    sha256: createHash('sha256').update(await readFile(file)).digest('hex'),
  };
  const wanted = lookUpsFor(read.document, full);
  const existing = await lookUp({ entities: wanted.keys, sources: [], identifiers: wanted.identifiers });
  const named = await entitiesNamed(database, wanted.names);
  const translated = popoloRows(read.document, full, existing, named);
  if (translated.problems.length > 0) return { problems: translated.problems.map((problem) => ({ ...problem, pointer: read.locate(problem.pointer) })) };
  const rows = translated.rows.map((row, at) => {
    const value = locateEvidence(row.value, read.locate);
    return { line: at + 1, text: JSON.stringify(value), value, parseError: null, locator: read.locate(row.pointer) || file };
  });
  return { rows, matches: translated.matches.map((match) => ({ ...match, pointer: read.locate(match.pointer) })) };
}

async function hasChamberColumn(file: string): Promise<boolean> {
  const header = (await readFile(file, 'utf8')).split(/\r?\n/, 1)[0] ?? '';
  return header.replace(/^\uFEFF/, '').split(',').includes('chamber');
}

/** A relation's evidence names its record as the file does: a JSON pointer, or for a term CSV its line. */
function locateEvidence(value: Record<string, unknown>, locate: (pointer: string) => string): Record<string, unknown> {
  const relation = value.relation as { evidence: { locator: string }[] } | undefined;
  if (!relation) return value;
  return { relation: { ...relation, evidence: relation.evidence.map((item) => ({ ...item, locator: locate(item.locator) })) } };
}

async function readDocument(
  file: string,
  format: PopoloFormat,
  options: PopoloInputOptions,
): Promise<{ document: PopoloDocument; locate: (pointer: string) => string } | { problems: PopoloProblem[] }> {
  if (format === 'everypolitician-csv') {
    // A blank end_date is the term's end: without one the graph would read every such membership as still held.
    if (options.termEnd === undefined && !options.currentTerm) {
      return { problems: [{ pointer: '--term-end', message: 'give the term\'s last day (rows with a blank end_date end there), or --current-term if the term has not ended' }] };
    }
    if (options.legislature === undefined && !(await hasChamberColumn(file))) {
      return { problems: [{ pointer: '--legislature', message: 'the file has no chamber column: name the legislature with --legislature' }] };
    }
    return readTermCsv(file, { legislature: options.legislature ?? '', termStart: options.termStart, termEnd: options.termEnd });
  }
  const read = await readPopolo(file);
  return 'problems' in read ? read : { document: read.document, locate: (pointer) => pointer };
}
