import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * knownAt, the second time axis: an answer asked as of an instant comes out exactly as it did at that
 * instant, after later asserts, retractions, new evidence, entity updates and merges. Each question is
 * asked once as the graph is, keeping the response's extensions.knownAt; the graph is then changed;
 * the same question asked with that knownAt must give the same data, and asked without it must not.
 */

const prefix = uniquePrefix('known-at');
const k = (name: string) => `${prefix}-${name}`;
const curator = newApiKey('clio', ['curator']);
const ARTICLE =
  'Ann Example leads the Example Party. Bob Example is a member of the Example Party. ' +
  'A. Example is a member of the Rival Party. Bob Example is a member of the Rival Party. ' +
  'Ann Example joined the Rival Party. Ann Example was re-elected leader of the Example Party.';

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;

async function curate(query: string, variables: Record<string, unknown>) {
  const response = await execute(yoga, query, variables, { authorization: `Bearer ${curator.key}` });
  expect(response.errors).toBeUndefined();
  return response.data;
}

const evidence = (quote: string) => [{ source: k('article'), quote }];
const ASSERT = `mutation ($input: AssertRelationInput!) { assertRelation(input: $input) { key } }`;

async function assertRelation(type: string, subject: string, object: string, quote: string): Promise<string> {
  const data = await curate(ASSERT, { input: { type, subject: k(subject), object: k(object), evidence: evidence(quote) } });
  return data.assertRelation.key;
}

/** The questions, each taking $knownAt (null: as the graph is). None selects knownAt itself, which differs by design. */
const QUESTIONS = {
  relationList: `query ($party: String!, $knownAt: DateTime) {
    relations(filter: {involving: $party, knownAt: $knownAt, includeRetracted: true}, first: 50) {
      totalCount
      edges { node {
        key type retractedAt retractedReason knownFrom { date basis }
        subject { key name aliases description audit { updatedAt updatedBy } }
        object { key name }
        evidence { quote source { key } }
        audit { createdAt createdBy updatedAt updatedBy }
      } }
    }
  }`,
  entityRelations: `query ($ann: String!, $knownAt: DateTime) {
    entity(key: $ann) {
      relations(knownAt: $knownAt, first: 50) {
        totalCount
        edges { node { key object { key name relations(first: 50) { totalCount edges { node { key subject { key name } } } } } } }
      }
      timeline(knownAt: $knownAt) { totalCount }
    }
  }`,
  neighbourhood: `query ($ann: String!, $knownAt: DateTime) {
    neighbourhood(key: $ann, depth: 3, knownAt: $knownAt) {
      nodes { key name aliases kind } edges { key subject { key } object { key } } hubs { key } truncated
    }
  }`,
  paths: `query ($ann: String!, $duplicate: String!, $knownAt: DateTime) {
    paths(from: $ann, to: $duplicate, maxHops: 4, first: 3, knownAt: $knownAt) {
      length entities { key name } relations { key evidence { quote } }
    }
  }`,
};

const variables = () => ({ party: k('party'), ann: k('ann'), duplicate: k('ann-duplicate') });

interface Snapshot {
  knownAt: string;
  answers: Record<string, unknown>;
  exported: string;
}

/** Every question as the graph is now, with the instant the responses give. */
async function snapshot(): Promise<Snapshot> {
  const answers: Record<string, unknown> = {};
  let knownAt = '';
  for (const [name, query] of Object.entries(QUESTIONS)) {
    const response = await execute(yoga, query, { ...variables(), knownAt: null });
    expect(response.errors).toBeUndefined();
    answers[name] = response.data;
    knownAt = response.extensions!.knownAt!;
  }
  return { knownAt, answers, exported: await exportCsv(null) };
}

/** Every question asked as of an instant. */
async function asked(knownAt: string): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(QUESTIONS)) {
    const response = await execute(yoga, query, { ...variables(), knownAt });
    expect(response.errors).toBeUndefined();
    answers[name] = response.data;
  }
  return answers;
}

async function exportCsv(knownAt: string | null): Promise<string> {
  const query = new URLSearchParams({ key: k('ann'), depth: '3', ...(knownAt ? { knownAt } : {}) });
  const response = await yoga.fetch(`http://localhost/export/csv?${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

let beforeAnyChange: Snapshot;
let beforeTheMerge: Snapshot;
let retracted: string;
let leads: string;

beforeAll(async () => {
  graph = connectTestGraph();
  const { entries } = parseApiKeys(curator.entry);
  yoga = createYogaServer({ database: graph.database, logger: silentLogger, keyring: new ApiKeyring(entries) });
  await curate(`mutation ($input: AddSourceInput!) { addSource(input: $input) { key } }`, {
    input: { key: k('article'), kind: 'NEWS_ARTICLE', title: 'Example', publishedAt: '2021-05-07', text: ARTICLE },
  });
  const CREATE = `mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key } }`;
  for (const [name, kind, label, extra] of [
    ['ann', 'PERSON', 'Ann Example', { description: 'leader of the Example Party' }],
    ['ann-duplicate', 'PERSON', 'A. Example', {}],
    ['bob', 'PERSON', 'Bob Example', {}],
    ['party', 'ORGANIZATION', 'Example Party', { subKind: 'PARTY' }],
    ['rival', 'ORGANIZATION', 'Rival Party', { subKind: 'PARTY' }],
  ] as const) {
    await curate(CREATE, { input: { key: k(name), kind, name: label, ...extra } });
  }
  leads = await assertRelation('LEADS', 'ann', 'party', 'Ann Example leads the Example Party');
  retracted = await assertRelation('MEMBER_OF', 'bob', 'party', 'Bob Example is a member of the Example Party');
  await assertRelation('MEMBER_OF', 'ann-duplicate', 'rival', 'A. Example is a member of the Rival Party');
  await assertRelation('MEMBER_OF', 'bob', 'rival', 'Bob Example is a member of the Rival Party');
  beforeAnyChange = await snapshot();

  // Later: a new fact, a retraction, new evidence and an update…
  await assertRelation('MEMBER_OF', 'ann', 'rival', 'Ann Example joined the Rival Party');
  await curate(`mutation ($id: String!) { retractRelation(key: $id, reason: "misread") { key } }`, { id: retracted });
  await curate(`mutation ($id: String!, $evidence: [EvidenceInput!]!) { addEvidence(relation: $id, evidence: $evidence) { key } }`, {
    id: leads,
    evidence: evidence('Ann Example was re-elected leader of the Example Party'),
  });
  await curate(`mutation ($key: String!, $input: UpdateEntityInput!) { updateEntity(key: $key, input: $input) { key } }`, {
    key: k('ann'),
    input: { name: 'Ann Q. Example', description: 'leader of the Example Party since 2021' },
  });
  beforeTheMerge = await snapshot();

  // …and a merge: the duplicate's relation moves to Ann, its name becomes her alias, its key a redirect.
  await curate(`mutation ($survivor: String!, $absorbed: String!) { mergeEntities(survivor: $survivor, absorbed: $absorbed) { survivor { key } } }`, {
    survivor: k('ann'),
    absorbed: k('ann-duplicate'),
  });
}, 60_000);

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

describe('knownAt reproduces an answer exactly', () => {
  it('every response says the instant it reflects', () => {
    expect(Date.parse(beforeAnyChange.knownAt)).toBeLessThanOrEqual(Date.parse(beforeTheMerge.knownAt));
    // To the nanosecond, at the end of its millisecond: a write stamped within it is not after it.
    expect(beforeAnyChange.knownAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}999999Z$/);
  });

  it('the graph has changed since: asked as it is, each question answers differently', async () => {
    const now = await snapshot();
    for (const name of Object.keys(QUESTIONS)) {
      expect(now.answers[name], name).not.toEqual(beforeAnyChange.answers[name]);
    }
    expect(now.exported).not.toEqual(beforeAnyChange.exported);
  });

  it('after later asserts, a retraction, new evidence and an update, and then a merge', async () => {
    const answers = await asked(beforeAnyChange.knownAt);
    for (const name of Object.keys(QUESTIONS)) expect(answers[name], name).toEqual(beforeAnyChange.answers[name]);
  });

  it('after the merge, as it stood just before it', async () => {
    const answers = await asked(beforeTheMerge.knownAt);
    for (const name of Object.keys(QUESTIONS)) expect(answers[name], name).toEqual(beforeTheMerge.answers[name]);
  });

  it('exports too', async () => {
    expect(await exportCsv(beforeAnyChange.knownAt)).toEqual(beforeAnyChange.exported);
    expect(await exportCsv(beforeTheMerge.knownAt)).toEqual(beforeTheMerge.exported);
  });
});

describe('what knownAt shows', () => {
  it('a relation retracted after the instant reads as it did: not retracted', async () => {
    const { data } = await execute(yoga, `query ($knownAt: DateTime) { relations(filter: {subject: "${k('bob')}", knownAt: $knownAt}) { edges { node { key retractedAt knownAt } } } }`, {
      knownAt: beforeAnyChange.knownAt,
    });
    expect(data.relations.edges.map((edge: { node: unknown }) => edge.node)).toContainEqual({ key: retracted, retractedAt: null, knownAt: expect.any(String) });
  });

  it('filters by subject and object at once', async () => {
    const { data, errors } = await execute(
      yoga,
      `query ($knownAt: DateTime) { relations(filter: {subject: "${k('bob')}", object: "${k('party')}", knownAt: $knownAt}) { edges { node { key } } } }`,
      { knownAt: beforeAnyChange.knownAt },
    );
    expect(errors).toBeUndefined();
    expect(data.relations.edges).toEqual([{ node: { key: retracted } }]);
  });

  it('in one request, an answer about the past leaves the present as it is', async () => {
    const { data, errors } = await execute(
      yoga,
      `query ($knownAt: DateTime) {
        past: relations(filter: {subject: "${k('ann')}", knownAt: $knownAt}) { edges { node { subject { name knownAt } } } }
        now: entity(key: "${k('ann')}") { name knownAt }
      }`,
      { knownAt: beforeAnyChange.knownAt },
    );
    expect(errors).toBeUndefined();
    expect(data.past.edges[0].node.subject).toEqual({ name: 'Ann Example', knownAt: beforeAnyChange.knownAt });
    expect(data.now).toEqual({ name: 'Ann Q. Example', knownAt: null });
  });

  it('a merged key names the entity it was then, with its own name', async () => {
    const { data } = await execute(yoga, QUESTIONS.paths, { ...variables(), knownAt: beforeTheMerge.knownAt });
    const ends = data.paths.flatMap((path: { entities: { key: string; name: string }[] }) => path.entities.slice(-1));
    expect(ends).toContainEqual({ key: k('ann-duplicate'), name: 'A. Example' });
    const now = await execute(yoga, QUESTIONS.paths, { ...variables(), knownAt: null });
    expect(now.data.paths).toEqual([]);
  });

  it('before an entity existed, its key names nothing: an empty neighbourhood, a 404 export', async () => {
    const { data } = await execute(yoga, QUESTIONS.neighbourhood, { ...variables(), knownAt: '2001-01-01T00:00:00Z' });
    expect(data.neighbourhood).toEqual({ nodes: [], edges: [], hubs: [], truncated: false });
    const response = await yoga.fetch(`http://localhost/export/csv?key=${k('ann')}&knownAt=2001-01-01T00:00:00Z`);
    expect(response.status).toBe(404);
  });

  it('refuses an instant that is not ISO 8601 with an offset, naming the argument', async () => {
    const { errors } = await execute(yoga, `{ neighbourhood(key: "${k('ann')}", knownAt: "2021-05-07") { truncated } }`);
    expect(errors?.[0]?.message).toMatch(/knownAt.*DateTime must be an ISO 8601 instant with its offset/);
    const response = await yoga.fetch(`http://localhost/export/csv?key=${k('ann')}&knownAt=yesterday`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Parameter \\?"knownAt\\?" must be an ISO 8601 instant/);
  });
});
