import type { RawRow } from './read-rows.js';

/** A CSV record as csv-parse gives it: cells by column name, and where it stands in the file. */
export interface CsvRow {
  line: number;
  text: string;
  cells: Record<string, string>;
}

/**
 * CSV rows as import records. A `record` column says what each row is (entity, source or relation);
 * the other columns are the JSON fields, empty cells meaning "not given". A relation row carries one
 * piece of evidence (source, quote, occurrence, evidenceConfidence); a relation with several is
 * written on consecutive rows with the same id, which must agree on everything else.
 */
export async function* csvRecords(rows: AsyncIterable<CsvRow>): AsyncGenerator<RawRow> {
  let pending: { first: CsvRow; texts: string[]; relation: Record<string, unknown>; evidence: unknown[]; problem: string | null } | null = null;
  for await (const row of rows) {
    const cells = given(row.cells);
    if (cells.record === 'relation') {
      const relation = relationOf(cells);
      const evidence = evidenceOf(cells);
      if (pending && pending.relation.id === relation.id) {
        pending.texts.push(row.text);
        if (evidence) pending.evidence.push(evidence);
        const differs = Object.keys({ ...relation, ...pending.relation }).find((field) => relation[field] !== pending!.relation[field]);
        if (differs && !pending.problem) {
          pending.problem = `line ${row.line} repeats relation "${String(relation.id)}" with a different ${differs}; rows of one relation may differ only in their evidence`;
        }
        continue;
      }
      if (pending) yield finish(pending);
      pending = { first: row, texts: [row.text], relation, evidence: evidence ? [evidence] : [], problem: null };
      continue;
    }
    if (pending) yield finish(pending);
    pending = null;
    yield { line: row.line, text: row.text, ...recordOf(cells) };
  }
  if (pending) yield finish(pending);
}

function finish(pending: { first: CsvRow; texts: string[]; relation: Record<string, unknown>; evidence: unknown[]; problem: string | null }): RawRow {
  return {
    line: pending.first.line,
    text: pending.texts.join('\n'),
    value: { relation: { ...pending.relation, evidence: pending.evidence } },
    parseError: pending.problem,
  };
}

const ENTITY_COLUMNS = ['key', 'kind', 'subKind', 'name', 'aliases', 'description', 'date', 'identifiers'];
const SOURCE_COLUMNS = ['key', 'kind', 'title', 'url', 'publisher', 'publishedAt', 'text', 'textFile'];
const RELATION_COLUMNS = ['id', 'type', 'subject', 'object', 'context', 'validFrom', 'validTo', 'confidence', 'role', 'option', 'note', 'votes', 'seats', 'electorate', 'majority', 'share', 'turnout', 'elected'];
const EVIDENCE_COLUMNS = ['source', 'quote', 'occurrence', 'evidenceConfidence'];
const NUMBERS = new Set(['confidence', 'votes', 'seats', 'electorate', 'majority', 'share', 'turnout', 'occurrence', 'evidenceConfidence']);

/** Columns that name another record's fields are an error, as a misspelt column would be. */
function recordOf(cells: Record<string, string>): Pick<RawRow, 'value' | 'parseError'> {
  const { record, ...rest } = cells;
  const columns = record === 'entity' ? ENTITY_COLUMNS : record === 'source' ? SOURCE_COLUMNS : null;
  if (!columns) return { value: null, parseError: `the record column must be entity, source or relation, got ${JSON.stringify(record ?? '')}` };
  const stray = Object.keys(rest).filter((column) => !columns.includes(column));
  if (stray.length > 0) return { value: null, parseError: `a ${record} row has no ${stray.join(', ')}; leave those cells empty` };
  const fields: Record<string, unknown> = { ...rest };
  if (record === 'entity' && typeof rest.aliases === 'string') fields.aliases = rest.aliases.split('|').map((alias) => alias.trim());
  // scheme:value|scheme:value, split at the first colon: a scheme has none, a value may.
  if (record === 'entity' && typeof rest.identifiers === 'string') {
    fields.identifiers = rest.identifiers.split('|').map((item) => {
      const colon = item.indexOf(':');
      return colon < 0 ? { scheme: item.trim(), value: '' } : { scheme: item.slice(0, colon).trim(), value: item.slice(colon + 1).trim() };
    });
  }
  return { value: { [record as string]: fields }, parseError: null };
}

function relationOf(cells: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(RELATION_COLUMNS.filter((column) => column in cells).map((column) => [column, typed(column, cells[column]!)]));
}

function evidenceOf(cells: Record<string, string>): Record<string, unknown> | null {
  if (!EVIDENCE_COLUMNS.some((column) => column in cells)) return null;
  const { evidenceConfidence, ...evidence } = Object.fromEntries(
    EVIDENCE_COLUMNS.filter((column) => column in cells).map((column) => [column, typed(column, cells[column]!)]),
  );
  return evidenceConfidence === undefined ? evidence : { ...evidence, confidence: evidenceConfidence };
}

/** Numbers and flags as JSON would have them; a cell that is not one stays text, for the rules to refuse by name. */
function typed(column: string, cell: string): unknown {
  if (NUMBERS.has(column) && cell.trim() !== '' && Number.isFinite(Number(cell))) return Number(cell);
  if (column === 'elected' && (cell === 'true' || cell === 'false')) return cell === 'true';
  return cell;
}

function given(cells: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(cells).filter(([, cell]) => cell !== ''));
}
