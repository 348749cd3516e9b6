import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { cypher } from '../src/neo4j/statement.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * The curation mutations against the real database: each one's success, and each refusal (no
 * credential, wrong scope, unknown key, kind violation, quote not in the source, malformed date,
 * duplicate), with proof that a refusal wrote nothing.
 */

const prefix = uniquePrefix('curate');
const k = (name: string) => `${prefix}-${name}`;
const curator = newApiKey('alice', ['curator']);
const reader = newApiKey('app', ['reader']);
const ARTICLE = 'Ann Example was elected leader of the Example Party on Tuesday. Ann Example thanked members.';

const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) {
  createEntity(input: $input) { key name aliases kind audit { createdAt createdBy updatedAt updatedBy } }
}`;
const UPDATE_ENTITY = `mutation ($key: String!, $input: UpdateEntityInput!) {
  updateEntity(key: $key, input: $input) { key name description aliases audit { createdBy updatedBy } }
}`;
const ADD_SOURCE = `mutation ($input: AddSourceInput!) { addSource(input: $input) { key text publishedAt audit { createdBy } } }`;
const ASSERT = `mutation ($input: AssertRelationInput!) {
  assertRelation(input: $input) {
    key type validFrom subject { key } object { key } audit { createdBy }
    evidence { source { key } quote start end confidence }
  }
}`;
const ADD_EVIDENCE = `mutation ($relation: String!, $evidence: [EvidenceInput!]!) {
  addEvidence(relation: $relation, evidence: $evidence) { key evidence { source { key } quote } audit { updatedBy } }
}`;
const MERGE = `mutation ($survivor: String!, $absorbed: String!) {
  mergeEntities(survivor: $survivor, absorbed: $absorbed) { survivor { key aliases relations { totalCount } } }
}`;
const COUNT = cypher(
  'test.countCurated',
  `MATCH (node) WHERE node.key STARTS WITH $prefix OR node.id STARTS WITH $prefix RETURN count(node) AS nodes`,
);

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
const asCurator = { authorization: `Bearer ${curator.key}` };

const person = (name: string, extra: object = {}) => ({ key: k(name), kind: 'PERSON', name: `${name} ${prefix}`, ...extra });
const leads = (extra: object = {}) => ({
  type: 'LEADS',
  subject: k('ann'),
  object: k('party'),
  validFrom: '2021-05-04',
  evidence: [{ source: k('article'), quote: 'Ann Example was elected leader of the Example Party' }],
  ...extra,
});

async function nodeCount(): Promise<number> {
  const [record] = await graph.database.read(COUNT, { prefix });
  return record!.get('nodes').toNumber();
}

async function curate(query: string, variables: Record<string, unknown>) {
  return execute(yoga, query, variables, asCurator);
}

/** The refusal's problems, as `extensions.problems` lists them. */
function problemsOf(response: Awaited<ReturnType<typeof curate>>) {
  expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return response.errors![0]!.extensions!.problems as { path: string; message: string }[];
}

beforeAll(async () => {
  graph = connectTestGraph();
  const { entries } = parseApiKeys([curator.entry, reader.entry].join(','));
  yoga = createYogaServer({ database: graph.database, logger: silentLogger, keyring: new ApiKeyring(entries) });
  for (const input of [person('ann'), person('bob'), { key: k('party'), kind: 'ORGANIZATION', subKind: 'PARTY', name: `Example Party ${prefix}` }, { key: k('town'), kind: 'PLACE', subKind: 'TOWN', name: `Exampletown ${prefix}` }]) {
    const { errors } = await curate(CREATE_ENTITY, { input });
    expect(errors).toBeUndefined();
  }
  const { errors } = await curate(ADD_SOURCE, {
    input: { key: k('article'), kind: 'NEWS_ARTICLE', title: 'Example', publishedAt: '2021-05-07', text: ARTICLE },
  });
  expect(errors).toBeUndefined();
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

describe('who may write', () => {
  it('refuses a write without a credential, with a reader key, and with an unknown key, writing nothing', async () => {
    const before = await nodeCount();
    const variables = { input: person('nobody') };
    const anonymous = await execute(yoga, CREATE_ENTITY, variables);
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(anonymous.errors?.[0]?.message).toMatch(/Mutation.createEntity needs an API key with the curator scope/);
    const readOnly = await execute(yoga, CREATE_ENTITY, variables, { authorization: `Bearer ${reader.key}` });
    expect(readOnly.errors?.[0]?.message).toBe('The API key "app" lacks the curator scope that Mutation.createEntity needs.');
    const unknown = await execute(yoga, CREATE_ENTITY, variables, { 'x-api-key': `${curator.key}x` });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'The API key is not recognised.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(await nodeCount()).toBe(before);
  });
});

describe('createEntity', () => {
  it('creates, recording who and when', async () => {
    const { data, errors } = await curate(CREATE_ENTITY, { input: person('cat', { aliases: ['Cat E.'] }) });
    expect(errors).toBeUndefined();
    expect(data.createEntity).toMatchObject({ key: k('cat'), kind: 'PERSON', aliases: ['Cat E.'], audit: { createdBy: 'alice', updatedBy: 'alice' } });
    expect(Date.now() - Date.parse(data.createEntity.audit.createdAt)).toBeLessThan(60_000);
  });

  it('refuses a taken key, a malformed key and a sub-kind the kind does not have, naming each field', async () => {
    const before = await nodeCount();
    expect(problemsOf(await curate(CREATE_ENTITY, { input: person('ann') }))).toEqual([
      { path: 'input.key', message: `an entity with key "${k('ann')}" already exists` },
    ]);
    const malformed = problemsOf(await curate(CREATE_ENTITY, { input: { ...person('x'), key: 'Not A Slug', name: ' ' } }));
    expect(malformed).toEqual(
      expect.arrayContaining([
        { path: 'input.key', message: 'must be a lowercase slug such as "keir-starmer"' },
        { path: 'input.name', message: 'must not be empty' },
      ]),
    );
    expect(problemsOf(await curate(CREATE_ENTITY, { input: person('dan', { subKind: 'PARTY' }) }))).toEqual([
      { path: 'input.subKind', message: 'PERSON has no sub-kinds' },
    ]);
    // A malformed field does not hide a taken key: both are named at once.
    expect(problemsOf(await curate(CREATE_ENTITY, { input: { ...person('ann'), name: ' ', subKind: 'PARTY' } }))).toEqual([
      { path: 'input.name', message: 'must not be empty' },
      { path: 'input.key', message: `an entity with key "${k('ann')}" already exists` },
      { path: 'input.subKind', message: 'PERSON has no sub-kinds' },
    ]);
    expect(await nodeCount()).toBe(before);
  });
});

describe('updateEntity', () => {
  it('changes only the fields given, clears with null, and records the change', async () => {
    await curate(CREATE_ENTITY, { input: person('eve', { description: 'to be cleared', aliases: ['E'] }) });
    const { data, errors } = await curate(UPDATE_ENTITY, { key: k('eve'), input: { name: 'Eve Renamed', description: null } });
    expect(errors).toBeUndefined();
    expect(data.updateEntity).toEqual({ key: k('eve'), name: 'Eve Renamed', description: null, aliases: ['E'], audit: { createdBy: 'alice', updatedBy: 'alice' } });
  });

  it('refuses an unknown key, an empty change and an election date on a person', async () => {
    expect(problemsOf(await curate(UPDATE_ENTITY, { key: k('ghost'), input: { name: 'Ghost' } }))).toEqual([
      { path: 'key', message: `names no entity: "${k('ghost')}"` },
    ]);
    expect(problemsOf(await curate(UPDATE_ENTITY, { key: k('ann'), input: {} }))[0]?.message).toBe('give at least one field to change');
    expect(problemsOf(await curate(UPDATE_ENTITY, { key: k('ann'), input: { date: '2021-05-06' } }))).toEqual([
      { path: 'input.date', message: 'only elections have a date' },
    ]);
  });
});

describe('addSource', () => {
  it('stores the full text and refuses a taken key, a bad URL and a malformed date', async () => {
    const { data } = await execute(yoga, `query ($key: String!) { source(key: $key) { text publishedAt audit { createdBy } } }`, { key: k('article') });
    expect(data.source).toEqual({ text: ARTICLE, publishedAt: '2021-05-07', audit: { createdBy: 'alice' } });
    const before = await nodeCount();
    expect(problemsOf(await curate(ADD_SOURCE, { input: { key: k('article'), kind: 'OTHER', title: 'Again' } }))).toEqual([
      { path: 'input.key', message: `a source with key "${k('article')}" already exists` },
    ]);
    const bad = problemsOf(await curate(ADD_SOURCE, { input: { key: k('other'), kind: 'OTHER', title: 'T', url: 'ftp://x', publishedAt: '2021-13' } }));
    expect(bad.map((problem) => problem.path).sort()).toEqual(['input.publishedAt', 'input.url']);
    expect(bad.find((problem) => problem.path === 'input.publishedAt')?.message).toBe('"2021-13" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY');
    expect(await nodeCount()).toBe(before);
  });
});

describe('assertRelation', () => {
  it('records the fact with its evidence, the quote located in the source text', async () => {
    const { data, errors } = await curate(ASSERT, { input: leads({ id: k('ann-leads') }) });
    expect(errors).toBeUndefined();
    const quote = 'Ann Example was elected leader of the Example Party';
    expect(data.assertRelation).toEqual({
      key: k('ann-leads'),
      type: 'LEADS',
      validFrom: '2021-05-04',
      subject: { key: k('ann') },
      object: { key: k('party') },
      audit: { createdBy: 'alice' },
      evidence: [{ source: { key: k('article') }, quote, start: ARTICLE.indexOf(quote), end: ARTICLE.indexOf(quote) + quote.length, confidence: 1 }],
    });
  });

  it('makes an id from subject, type and object when none is given', async () => {
    const { data, errors } = await curate(ASSERT, {
      input: { type: 'MEMBER_OF', subject: k('bob'), object: k('party'), evidence: [{ source: k('article'), quote: 'thanked members' }] },
    });
    expect(errors).toBeUndefined();
    expect(data.assertRelation.key).toBe(`${k('bob')}-member-of-${k('party')}`);
  });

  it('refuses a kind violation, a quote not in the source, a malformed date, a taken id and the same fact twice, writing nothing', async () => {
    const before = await nodeCount();
    expect(problemsOf(await curate(ASSERT, { input: leads({ object: k('town') }) }))).toEqual([
      { path: 'input.type', message: 'LEADS connects PERSON → ORGANIZATION, not PERSON → PLACE' },
    ]);
    expect(problemsOf(await curate(ASSERT, { input: leads({ evidence: [{ source: k('article'), quote: 'Ann Example resigned' }] }) }))).toEqual([
      { path: 'input.evidence[0].quote', message: `quote not found verbatim in the text of "${k('article')}": "Ann Example resigned"` },
    ]);
    expect(problemsOf(await curate(ASSERT, { input: leads({ validFrom: '2021-02-30' }) }))).toEqual([
      { path: 'input.validFrom', message: '"2021-02-30" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY' },
    ]);
    expect(problemsOf(await curate(ASSERT, { input: leads({ id: k('ann-leads'), validFrom: '2020' }) }))).toEqual([
      { path: 'input.id', message: `a relation with id "${k('ann-leads')}" already exists` },
    ]);
    expect(problemsOf(await curate(ASSERT, { input: leads() }))).toEqual([
      { path: 'input', message: `the same fact is already recorded as relation "${k('ann-leads')}": add your evidence to it with addEvidence` },
    ]);
    // Every problem at once, across stages: the fields' own rules, then what the graph says of the rest.
    const several = problemsOf(await curate(ASSERT, { input: leads({ subject: k('nobody'), seats: 3, evidence: [] }) }));
    expect(several.map((problem) => problem.path)).toEqual(['input.evidence', 'input.subject', 'input.seats']);
    const acrossStages = problemsOf(
      await curate(ASSERT, {
        input: leads({
          object: k('town'),
          validFrom: '2021-02-30',
          evidence: [{ source: k('article'), quote: 'Ann Example resigned' }, { source: 'Not A Key' }, { source: k('article'), quote: 'thanked members' }],
        }),
      }),
    );
    expect(acrossStages).toEqual([
      { path: 'input.validFrom', message: '"2021-02-30" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY' },
      { path: 'input.evidence[1].source', message: 'must be a lowercase slug such as "keir-starmer"' },
      { path: 'input.type', message: 'LEADS connects PERSON → ORGANIZATION, not PERSON → PLACE' },
      { path: 'input.evidence[0].quote', message: `quote not found verbatim in the text of "${k('article')}": "Ann Example resigned"` },
    ]);
    const rules = problemsOf(await curate(ASSERT, { input: leads({ subject: k('nobody'), seats: 3 }) }));
    expect(rules.map((problem) => problem.path)).toEqual(['input.subject', 'input.seats']);
    expect(await nodeCount()).toBe(before);
  });

  it('counts a fact that leaves out a context or qualifier as the same fact, and one that disagrees as another', async () => {
    await curate(CREATE_ENTITY, { input: person('dee') });
    const deeLeads = (extra: object) => leads({ subject: k('dee'), ...extra });
    const { errors } = await curate(ASSERT, { input: deeLeads({ id: k('dee-leads'), role: 'leader' }) });
    expect(errors).toBeUndefined();
    // No role given: nothing disagrees with the recorded fact.
    expect(problemsOf(await curate(ASSERT, { input: deeLeads({}) }))).toEqual([
      { path: 'input', message: `the same fact is already recorded as relation "${k('dee-leads')}": add your evidence to it with addEvidence` },
    ]);
    // Another role: the sources disagree, and both are kept.
    const acting = await curate(ASSERT, { input: deeLeads({ id: k('dee-acting'), role: 'acting leader' }) });
    expect(acting.errors).toBeUndefined();
  });

  it('adds a second piece of evidence, and refuses one the relation already cites', async () => {
    const second = { source: k('article'), quote: 'Ann Example thanked members' };
    const { data, errors } = await curate(ADD_EVIDENCE, { relation: k('ann-leads'), evidence: [second] });
    expect(errors).toBeUndefined();
    expect(data.addEvidence.evidence.map((item: { quote: string }) => item.quote)).toContain(second.quote);
    expect(data.addEvidence.audit.updatedBy).toBe('alice');
    expect(problemsOf(await curate(ADD_EVIDENCE, { relation: k('ann-leads'), evidence: [second] }))).toEqual([
      { path: 'evidence[0]', message: `relation "${k('ann-leads')}" already cites this quote of "${k('article')}"` },
    ]);
  });
});

describe('mergeEntities', () => {
  it('moves relations and names to the survivor, and the absorbed key keeps resolving to it', async () => {
    await curate(CREATE_ENTITY, { input: { ...person('ann-dup'), name: 'A. Example', aliases: ['Annie'] } });
    await curate(ASSERT, { input: leads({ id: k('dup-leads'), subject: k('ann-dup'), validFrom: '2019' }) });
    const { data, errors } = await curate(MERGE, { survivor: k('ann'), absorbed: k('ann-dup') });
    expect(errors).toBeUndefined();
    expect(data.mergeEntities.survivor.key).toBe(k('ann'));
    expect(data.mergeEntities.survivor.aliases).toEqual(['A. Example', 'Annie']);

    const read = await execute(
      yoga,
      `query ($old: String!, $party: String!) {
        entity(key: $old) { key relations { totalCount } }
        relations(filter: { subject: $old }) { edges { node { key subject { key } } } }
        neighbourhood(key: $old) { nodes { key } }
        paths(from: $old, to: $party, maxHops: 1) { entities { key } }
      }`,
      { old: k('ann-dup'), party: k('party') },
    );
    expect(read.data.entity.key).toBe(k('ann'));
    expect(read.data.entity.relations.totalCount).toBe(data.mergeEntities.survivor.relations.totalCount);
    expect(read.data.relations.edges.map((edge: { node: { key: string } }) => edge.node.key).sort()).toEqual([k('ann-leads'), k('dup-leads')].sort());
    expect(read.data.relations.edges.every((edge: { node: { subject: { key: string } } }) => edge.node.subject.key === k('ann'))).toBe(true);
    expect(read.data.neighbourhood.nodes.map((node: { key: string }) => node.key)).toContain(k('party'));
    expect(read.data.paths[0].entities).toEqual([{ key: k('ann') }, { key: k('party') }]);
  });

  it('refuses entities of different kinds, a merge into itself, and a key already merged', async () => {
    expect(problemsOf(await curate(MERGE, { survivor: k('ann'), absorbed: k('party') }))).toEqual([
      { path: 'absorbed', message: `"${k('party')}" is ORGANIZATION and "${k('ann')}" is PERSON: only entities of one kind can be merged` },
    ]);
    expect(problemsOf(await curate(MERGE, { survivor: k('ann'), absorbed: k('ann') }))).toEqual([
      { path: 'absorbed', message: 'an entity cannot be merged into itself' },
    ]);
    expect(problemsOf(await curate(MERGE, { survivor: k('bob'), absorbed: k('ann-dup') }))).toEqual([
      { path: 'absorbed', message: `"${k('ann-dup')}" was already merged into "${k('ann')}"` },
    ]);
    expect(problemsOf(await curate(CREATE_ENTITY, { input: person('ann-dup') }))[0]?.message).toMatch(/was merged into/);
  });
});

describe('reads after writes in one request', () => {
  it('see each write: loader caches are forgotten after every mutation', async () => {
    const { data, errors } = await curate(
      `mutation ($bob: String!, $input: AssertRelationInput!) {
        before: updateEntity(key: $bob, input: { description: "first" }) { description relations { totalCount } }
        assertRelation(input: $input) { subject { description relations { totalCount } } }
        after: updateEntity(key: $bob, input: { description: "second" }) { description }
      }`,
      { bob: k('bob'), input: leads({ id: k('bob-leads'), subject: k('bob'), validFrom: '2022' }) },
    );
    expect(errors).toBeUndefined();
    expect(data.assertRelation.subject.description).toBe('first');
    expect(data.assertRelation.subject.relations.totalCount).toBe(data.before.relations.totalCount + 1);
    expect(data.after.description).toBe('second');
  });
});
