import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { csvRecords, type CsvRow } from './csv-rows.js';

export const IMPORT_FORMATS = ['jsonl', 'csv', 'popolo', 'everypolitician-csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
/** The formats read row by row from the file; Popolo and term CSVs are read whole and mapped (src/ingest/popolo/). */
export type RowFormat = 'jsonl' | 'csv';

/** One row of an import file, before its shape is checked. */
export interface RawRow {
  /** The line it starts on (1-based), for messages. */
  line: number;
  /** Its text as it stands in the file, for the reject file. */
  text: string;
  /** The parsed value, or why the row could not be parsed at all. */
  value: unknown;
  parseError: string | null;
  /** Where messages say the row is, when not by its line: the JSON pointer of a Popolo record. */
  locator?: string;
}

/** The format a file name says it holds: .jsonl or .ndjson, or .csv. */
export function formatOf(file: string): ImportFormat | null {
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  if (/\.csv$/i.test(file)) return 'csv';
  return null;
}

/** Streams the rows of a file, one at a time, so a file of any size is read in constant memory. */
export function readRows(file: string, format: RowFormat): AsyncGenerator<RawRow> {
  return format === 'jsonl' ? jsonLines(file) : csvRows(file);
}

async function* jsonLines(file: string): AsyncGenerator<RawRow> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === '') continue;
    try {
      yield { line, text, value: JSON.parse(text), parseError: null };
    } catch (error) {
      yield { line, text, value: null, parseError: `not valid JSON: ${(error as Error).message}` };
    }
  }
}

async function* csvRows(file: string): AsyncGenerator<RawRow> {
  const parser = createReadStream(file).pipe(
    parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: false, info: true, raw: true }),
  );
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const { record, info, raw } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number }; raw: string }>) {
      yield { line: info.lines - (raw.match(/\n/g)?.length ?? 0) + (raw.endsWith('\n') ? 1 : 0), text: raw.replace(/\r?\n$/, ''), cells: record };
    }
  }
  yield* csvRecords(rows());
}
