import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { parsePartialDate } from '../../model/dates.js';
import type { PopoloDocument, PopoloProblem } from './popolo-document.js';

/**
 * An EveryPolitician term CSV (one row per continuous membership of one legislative term: id, name,
 * group, group_id, area_id, area, chamber, term, start_date, end_date, wikidata, wikidata_group,
 * wikidata_area) read as the Popolo document it abbreviates, so that it maps and resolves as a
 * Popolo file does. A blank date is the term's boundary: `termStart` and `termEnd` when given, else
 * unknown (never "always"). Problems are named by CSV line.
 */

export interface TermCsvOptions {
  termStart?: string;
  termEnd?: string;
  /** The legislature's name when the file has no chamber column. */
  legislature: string;
}

const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);
const date = z.preprocess(blankIsAbsent, z.string().refine((value) => parsePartialDate(value) !== null, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY').optional());
const optional = z.preprocess(blankIsAbsent, z.string().optional());
const required = z.string().trim().min(1, 'must not be empty');

const termRow = z.object({
  id: required,
  name: required,
  group: required,
  group_id: required,
  area_id: required,
  area: required,
  term: required,
  chamber: optional,
  start_date: date,
  end_date: date,
  wikidata: optional,
  wikidata_group: optional,
  wikidata_area: optional,
});

/** The document, and where each of its records is in the CSV (by the pointer popolo-records gives it). */
export interface TermCsvDocument {
  document: PopoloDocument;
  locate: (pointer: string) => string;
}

export async function readTermCsv(file: string, options: TermCsvOptions): Promise<TermCsvDocument | { problems: PopoloProblem[] }> {
  let cells: Record<string, string>[];
  try {
    cells = parse(await readFile(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  } catch (error) {
    return { problems: [{ pointer: '', message: `not a readable CSV: ${(error as Error).message}` }] };
  }
  const problems: PopoloProblem[] = [];
  for (const [name, value] of [['--term-start', options.termStart], ['--term-end', options.termEnd]] as const) {
    if (value !== undefined && parsePartialDate(value) === null) problems.push({ pointer: name, message: `"${value}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY` });
  }
  const document: PopoloDocument = { persons: [], organizations: [], areas: [], events: [], memberships: [] };
  const lines = new Map<string, string>();
  const persons = new Map<string, string>();
  const seen = { organizations: new Set<string>(), areas: new Set<string>(), events: new Set<string>() };

  cells.forEach((cell, at) => {
    const line = `line ${at + 2}`;
    const parsed = termRow.safeParse(cell);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ pointer: line, message: `${issue.path.join('.')}: ${issue.message}` });
      return;
    }
    const row = parsed.data;
    const earlierName = persons.get(row.id);
    if (earlierName !== undefined && earlierName !== row.name) problems.push({ pointer: line, message: `id ${row.id} is "${earlierName}" on an earlier line, "${row.name}" here` });
    if (earlierName === undefined) {
      persons.set(row.id, row.name);
      lines.set(`/persons/${document.persons.length}`, line);
      document.persons.push({ id: row.id, name: row.name, identifiers: wikidata(row.wikidata), other_names: [] });
    }
    const legislature = row.chamber ?? options.legislature;
    if (!seen.organizations.has('legislature')) {
      seen.organizations.add('legislature');
      lines.set(`/organizations/${document.organizations.length}`, line);
      document.organizations.push({ id: 'legislature', name: legislature, classification: 'legislature', identifiers: [], other_names: [] });
    }
    if (!seen.organizations.has(row.group_id)) {
      seen.organizations.add(row.group_id);
      lines.set(`/organizations/${document.organizations.length}`, line);
      document.organizations.push({ id: row.group_id, name: row.group, classification: 'party', identifiers: wikidata(row.wikidata_group), other_names: [] });
    }
    if (!seen.areas.has(row.area_id)) {
      seen.areas.add(row.area_id);
      lines.set(`/areas/${document.areas.length}`, line);
      document.areas.push({ id: row.area_id, name: row.area, identifiers: wikidata(row.wikidata_area) });
    }
    const term = `term/${row.term}`;
    if (!seen.events.has(term)) {
      seen.events.add(term);
      document.events.push({ id: term, classification: 'legislative period', start_date: options.termStart, end_date: options.termEnd });
    }
    lines.set(`/memberships/${document.memberships.length}`, line);
    document.memberships.push({
      person_id: row.id,
      organization_id: 'legislature',
      on_behalf_of_id: row.group_id,
      area_id: row.area_id,
      legislative_period_id: term,
      start_date: row.start_date,
      end_date: row.end_date,
    });
  });
  if (problems.length > 0) return { problems };
  return { document, locate: (pointer) => lines.get(pointer) ?? pointer };
}

function wikidata(value: string | undefined) {
  return value ? [{ scheme: 'wikidata', identifier: value }] : [];
}
