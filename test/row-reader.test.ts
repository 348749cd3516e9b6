import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { readEntity } from '../src/repositories/entity-rows.js';
import { readEvidence, readRelation } from '../src/repositories/relation-rows.js';
import { readPage, RowError } from '../src/repositories/row-reader.js';

/**
 * The hand-written readers of read statements' rows (src/repositories/row-reader.ts). Rows as
 * Neo4j gives them are read by every other test through the real database; these check what a
 * reader does with a row its statement should never give: it refuses it, naming the row and field.
 */

const entity = (key: string, labels = ['Entity', 'Person']) => ({
  key,
  name: key,
  aliases: null,
  description: null,
  subKind: null,
  date: null,
  labels,
  createdBy: 'seed',
  updatedBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: null,
});

const relation = (overrides: Record<string, unknown> = {}) => ({
  id: 'r-1',
  type: 'MEMBER_OF',
  role: null,
  option: null,
  note: null,
  votes: neo4j.int(15_529),
  seats: null,
  electorate: null,
  majority: null,
  share: 0.517,
  turnout: null,
  elected: true,
  confidence: 1,
  validFromPrecision: 'MONTH',
  validToPrecision: null,
  validFrom: '2021-05-01',
  validTo: null,
  retractedAt: null,
  retractedReason: null,
  retractedBy: null,
  createdBy: 'seed',
  updatedBy: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: null,
  knownFrom: { date: '2021-05-01', precision: 'MONTH', basis: 'STATED' },
  ends: [
    { edge: 'SUBJECT_OF', entity: entity('jill-mortimer') },
    { edge: 'OBJECT', entity: entity('conservative-party', ['Entity', 'Organization']) },
  ],
  ...overrides,
});

describe('reading rows without a schema library', () => {
  it('reads a relation with its ends, qualifiers and partial dates', () => {
    const read = readRelation(relation());
    expect(read).toMatchObject({
      id: 'r-1',
      subject: 'jill-mortimer',
      object: 'conservative-party',
      context: null,
      votes: 15_529,
      share: 0.517,
      elected: true,
      validFrom: { date: '2021-05-01', precision: 'MONTH' },
      validTo: null,
      knownFrom: { date: '2021-05-01', precision: 'MONTH', basis: 'STATED' },
    });
    expect(read.ends?.map((end) => end.kind)).toEqual(['PERSON', 'ORGANIZATION']);
    // An absent qualifier is left out, not null: the API tells "not stated" from a value.
    expect('seats' in read).toBe(false);
  });

  it('marks the ends of a relation read as of an instant with that instant', () => {
    const read = readRelation(relation({ knownAt: '2021-05-07T12:00:00Z' }));
    expect(read.knownAt).toBe('2021-05-07T12:00:00Z');
    expect(read.ends?.every((end) => end.knownAt === '2021-05-07T12:00:00Z')).toBe(true);
  });

  it.each([
    ['a relation without its object', relation({ ends: [{ edge: 'SUBJECT_OF', entity: entity('jill-mortimer') }] }), "relation 'r-1': lacks its object"],
    ['an unknown relation type', relation({ type: 'LIKES' }), "relation 'r-1': 'type' should be one of"],
    ['a count that is text', relation({ votes: '15529' }), "relation 'r-1': 'votes' should be an integer, got \"15529\""],
    ['an unknown precision', relation({ validFromPrecision: 'WEEK' }), "relation 'r-1': 'validFromPrecision' should be one of DAY"],
    ['a map that is not one', 'r-1', 'relation: expected a map, got "r-1"'],
  ])('refuses %s, naming it', (_case, row, message) => {
    expect(() => readRelation(row)).toThrow(RowError);
    expect(() => readRelation(row)).toThrow(message);
  });

  it('refuses an entity whose labels name no kind, or two', () => {
    expect(() => readEntity(entity('ghost', ['Entity']))).toThrow("entity: 'ghost' has kind labels [Entity]");
    expect(() => readEntity(entity('twice', ['Entity', 'Person', 'Place']))).toThrow("'twice' has kind labels [Entity, Person, Place]");
  });

  it('reads a page and evidence, integers as numbers', () => {
    const page = readPage({ totalCount: neo4j.int(2), page: [entity('a'), entity('b')] }, readEntity);
    expect(page.totalCount).toBe(2);
    expect(page.page.map((item) => item.key)).toEqual(['a', 'b']);
    const cited = { key: 's', kind: 'NEWS_ARTICLE', title: 'T', url: null, publisher: null, publishedAt: '2021-05', publishedAtPrecision: 'MONTH' };
    expect(readEvidence({ source: 's', quote: 'q', start: neo4j.int(3), end: neo4j.int(4), confidence: 1, locator: null, cited })).toMatchObject({
      source: 's',
      quote: 'q',
      start: 3,
      end: 4,
      confidence: 1,
      locator: null,
      cited: { key: 's', title: 'T', publishedAt: { date: '2021-05', precision: 'MONTH' }, sha256: null },
    });
    expect(() => readEvidence({ source: 's', quote: 'q', start: null, end: null, confidence: 1, locator: null })).toThrow("source: expected a map, got nothing");
    expect(() => readPage({ totalCount: neo4j.int(1) }, readEntity)).toThrow("page: 'page' should be a list, got nothing");
  });
});
