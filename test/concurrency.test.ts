import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { checkGraph } from '../src/integrity/check-graph.js';
import type { EntityRecord } from '../src/model/entity.js';
import type { RelationWithEvidence } from '../src/model/record-set.js';
import { cypher } from '../src/neo4j/statement.js';
import { IngestRepository } from '../src/repositories/ingest-repository.js';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';

/**
 * Conflicting curation requests sent at the same moment, as two hostile curators would send them.
 * After every scenario the integrity check is clean, every acknowledged write is in the graph, and
 * every refusal is a named one (a code a client can act on, never "Unexpected error.").
 */

const REPETITIONS = 3;
const prefix = uniquePrefix('concurrency');
const curators = [newApiKey('alice', ['curator']), newApiKey('bob', ['curator'])];
const NAMED_REFUSALS = ['BAD_USER_INPUT', 'CONFLICT'];
const QUOTES = Array.from({ length: 30 }, (_, at) => `Statement number ${at} of the record.`);
const TEXT = QUOTES.join(' ');

const CREATE_ENTITY = `mutation ($input: CreateEntityInput!) {
  createEntity(input: $input) { key name audit { createdAt createdBy updatedAt updatedBy } }
}`;
const UPDATE_ENTITY = `mutation ($key: String!, $input: UpdateEntityInput!) { updateEntity(key: $key, input: $input) { key description } }`;
const ADD_SOURCE = `mutation ($input: AddSourceInput!) { addSource(input: $input) { key title audit { createdBy updatedAt createdAt } } }`;
const MERGE = `mutation ($survivor: String!, $absorbed: String!) {
  mergeEntities(survivor: $survivor, absorbed: $absorbed) { survivor { key } droppedRelations { key } }
}`;
const ASSERT = `mutation ($input: AssertRelationInput!) { assertRelation(input: $input) { key subject { key } } }`;
const ADD_EVIDENCE = `mutation ($relation: String!, $evidence: [EvidenceInput!]!) { addEvidence(relation: $relation, evidence: $evidence) { key } }`;
const RETRACT = `mutation ($key: String!, $reason: String!) { retractRelation(key: $key, reason: $reason) { key retractedAt } }`;
const RESOLVE = `query ($key: String!) { entity(key: $key) { key name aliases description audit { updatedBy } } }`;
const RELATIONS_OF = `query ($object: String!) {
  relations(filter: { object: $object }, first: 100) { totalCount edges { node { key subject { key } } } }
}`;

const RELATION_STATE = cypher(
  'test.relationState',
  `MATCH (relation:Relation {id: $id})
   RETURN [(subject)-[:SUBJECT_OF]->(relation) | subject.key] AS subjects,
          relation.retractedReason AS reason, relation.retractedBy AS retractedBy,
          [(relation)-[support:SUPPORTED_BY]->() | support.quote] AS quotes`,
);
const FACTS_BETWEEN = cypher(
  'test.factsBetween',
  `MATCH (:Entity {key: $subject})-[:SUBJECT_OF]->(relation:Relation {type: $type})-[:OBJECT]->(:Entity {key: $object})
   RETURN collect(relation.id) AS ids`,
);

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
const tally = new Map<string, number>();

type Outcome = { ok: true; data: any; curator: string } | { ok: false; code: unknown; message: string; curator: string };

/** Sends every request at once, each as the curator it names, and answers in request order. */
async function together(requests: { query: string; variables: Record<string, unknown>; curator?: number }[]): Promise<Outcome[]> {
  const outcomes = await Promise.all(
    requests.map(async ({ query, variables, curator = 0 }) => {
      const key = curators[curator]!;
      const response = await execute(yoga, query, variables, { authorization: `Bearer ${key.key}` });
      const name = key.entry.split(':')[0]!;
      if (!response.errors) return { ok: true as const, data: response.data, curator: name };
      const [error] = response.errors;
      return { ok: false as const, code: error!.extensions?.code, message: error!.message, curator: name };
    }),
  );
  for (const outcome of outcomes) {
    const label = outcome.ok ? 'ok' : String(outcome.code);
    tally.set(label, (tally.get(label) ?? 0) + 1);
    if (!outcome.ok) {
      expect(NAMED_REFUSALS, `a refusal with an unnamed code: ${outcome.message}`).toContain(outcome.code);
      expect(outcome.message).not.toMatch(/Unexpected error/);
    }
  }
  return outcomes;
}

const accepted = (outcomes: Outcome[]) => outcomes.filter((outcome): outcome is Extract<Outcome, { ok: true }> => outcome.ok);

async function expectWhole(scope: string) {
  expect(await checkGraph(graph.database, { prefix: scope })).toEqual([]);
}

async function resolve(key: string) {
  const { data, errors } = await execute(yoga, RESOLVE, { key });
  expect(errors).toBeUndefined();
  return data.entity as { key: string; name: string; aliases: string[]; description: string | null; audit: { updatedBy: string } } | null;
}

async function relationState(id: string) {
  const [record] = await graph.database.read(RELATION_STATE, { id });
  return record!.toObject() as { subjects: string[]; reason: string | null; retractedBy: string | null; quotes: string[] };
}

/** Entities, a source holding every quote and relations, written through the import's path before a scenario. */
async function fixture(scope: string, entities: Partial<EntityRecord>[], relations: Omit<RelationWithEvidence, 'evidence' | 'confidence'>[] = []) {
  const source = `${scope}-source`;
  await new IngestRepository(graph.database).write(
    {
      entities: entities.map((entity) => ({ kind: 'PERSON', name: entity.key!, aliases: [], description: null, subKind: null, date: null, ...entity }) as EntityRecord),
      sources: [{ key: source, kind: 'NEWS_ARTICLE', title: 'Fixture', url: null, publisher: null, publishedAt: null, text: TEXT }],
      relations: relations.map((relation, at) => ({ confidence: 1, ...relation, evidence: [evidence(source, at)] })),
    },
    'fixture',
  );
  return source;
}

function evidence(source: string, at: number) {
  const quote = QUOTES[at]!;
  const start = TEXT.indexOf(quote);
  return { source, quote, start, end: start + quote.length, confidence: 1, locator: null };
}

const relationAt = (id: string, subject: string, object: string, type: RelationWithEvidence['type'] = 'MEMBER_OF') => ({
  id,
  type,
  subject,
  object,
  context: null,
  validFrom: null,
  validTo: null,
});
const party = (key: string) => ({ key, kind: 'ORGANIZATION' as const, subKind: 'PARTY' as const });

beforeAll(() => {
  graph = connectTestGraph();
  const { entries } = parseApiKeys(curators.map((curator) => curator.entry).join(','));
  yoga = createYogaServer({ database: graph.database, logger: silentLogger, keyring: new ApiKeyring(entries) });
});

afterAll(async () => {
  console.info(`concurrency: ${[...tally].map(([code, count]) => `${code} ${count}`).join(', ')}`);
  await deleteByKeyPrefix(graph.database, prefix);
  await graph.close();
});

const repetitions = Array.from({ length: REPETITIONS }, (_, at) => at + 1);

describe.each(repetitions)('run %i', (run) => {
  const scopeOf = (name: string) => `${prefix}-${run}-${name}`;

  it('merges along a chain (e0 ← e1 ← … ← e10) keep every key resolving and every relation whole', async () => {
    const scope = scopeOf('chain');
    const keys = Array.from({ length: 11 }, (_, at) => `${scope}-e${at}`);
    const partyKey = `${scope}-party`;
    await fixture(scope, [...keys.map((key) => ({ key })), party(partyKey)], keys.map((key, at) => relationAt(`${scope}-m${at}`, key, partyKey)));

    const outcomes = await together(keys.slice(1).map((absorbed, at) => ({ query: MERGE, variables: { survivor: keys[at], absorbed }, curator: at % 2 })));

    await expectWhole(scope);
    const { data, errors } = await execute(yoga, RELATIONS_OF, { object: partyKey });
    expect(errors).toBeUndefined();
    expect(data.relations.totalCount).toBe(keys.length);
    const resolved = await Promise.all(keys.map(resolve));
    expect(resolved.every((entity) => entity !== null)).toBe(true);
    for (const [at, outcome] of outcomes.entries()) {
      if (outcome.ok) expect(resolved[at + 1]!.key).toBe(resolved[at]!.key);
    }
    // A survivor merged meanwhile is followed to the entity it became, so every link of the chain folds in.
    expect(accepted(outcomes)).toHaveLength(outcomes.length);
    expect(new Set(resolved.map((entity) => entity!.key))).toEqual(new Set([keys[0]]));
  });

  it('merges in cycles (a ← b with b ← a, and a ring of six) refuse what would lose an entity', async () => {
    const scope = scopeOf('cycle');
    const [a, b] = [`${scope}-a`, `${scope}-b`];
    const ring = Array.from({ length: 6 }, (_, at) => `${scope}-r${at}`);
    await fixture(scope, [a, b, ...ring].map((key) => ({ key })));

    const pair = [a, b, a, b, a, b, a, b].map((survivor) => ({ query: MERGE, variables: { survivor, absorbed: survivor === a ? b : a } }));
    const round = ring.map((survivor, at) => ({ query: MERGE, variables: { survivor, absorbed: ring[(at + 1) % ring.length] }, curator: 1 }));
    const outcomes = await together([...pair, ...round]);

    await expectWhole(scope);
    expect(accepted(outcomes.slice(0, pair.length))).toHaveLength(1);
    const [first, second] = [await resolve(a), await resolve(b)];
    expect(first!.key).toBe(second!.key);
    const ringResolved = await Promise.all(ring.map(resolve));
    expect(ringResolved.every((entity) => entity !== null)).toBe(true);
    // Each accepted merge joins two of the six; the last link of the cycle finds them one entity already.
    expect(accepted(outcomes.slice(pair.length))).toHaveLength(ring.length - 1);
    expect(new Set(ringResolved.map((entity) => entity!.key)).size).toBe(1);
  });

  it('one duplicate merged into ten survivors at once is absorbed exactly once', async () => {
    const scope = scopeOf('fan');
    const absorbed = `${scope}-dup`;
    const survivors = Array.from({ length: 10 }, (_, at) => `${scope}-s${at}`);
    await fixture(scope, [absorbed, ...survivors].map((key) => ({ key })));

    const outcomes = await together(survivors.map((survivor, at) => ({ query: MERGE, variables: { survivor, absorbed }, curator: at % 2 })));

    await expectWhole(scope);
    const winners = accepted(outcomes);
    expect(winners).toHaveLength(1);
    expect((await resolve(absorbed))!.key).toBe(winners[0]!.data.mergeEntities.survivor.key);
  });

  it('relations asserted on an entity while it is merged land on the survivor, with their subject', async () => {
    const scope = scopeOf('merge-assert');
    const [survivor, absorbed, source] = [`${scope}-s`, `${scope}-a`, `${scope}-source`];
    const parties = Array.from({ length: 12 }, (_, at) => `${scope}-p${at}`);
    await fixture(scope, [{ key: survivor }, { key: absorbed }, ...parties.map(party)]);

    const asserts = parties.map((object, at) => ({
      query: ASSERT,
      variables: { input: { id: `${scope}-fact${at}`, type: 'MEMBER_OF', subject: absorbed, object, evidence: [{ source, quote: QUOTES[at] }] } },
      curator: at % 2,
    }));
    const outcomes = await together([asserts[0]!, { query: MERGE, variables: { survivor, absorbed } }, ...asserts.slice(1)]);

    await expectWhole(scope);
    const merged = outcomes[1]!.ok;
    const owner = (await resolve(absorbed))!.key;
    expect(owner).toBe(merged ? survivor : absorbed);
    for (const outcome of accepted(outcomes)) {
      const id = outcome.data.assertRelation?.key;
      if (id) expect((await relationState(id)).subjects).toEqual([owner]);
    }
    expect(accepted(outcomes).length).toBe(outcomes.length);
  });

  it('an import writing relations of an entity while a curator merges it leaves every acknowledged relation whole', async () => {
    const scope = scopeOf('merge-import');
    const [survivor, absorbed] = [`${scope}-s`, `${scope}-a`];
    const parties = Array.from({ length: 8 }, (_, at) => `${scope}-p${at}`);
    const source = await fixture(scope, [{ key: survivor }, { key: absorbed }, ...parties.map(party)]);
    const imports = new IngestRepository(graph.database);

    const batches = parties.map((object, at) =>
      imports
        .write({ relations: [{ ...relationAt(`${scope}-imported${at}`, absorbed, object), confidence: 1, evidence: [evidence(source, at)] }] }, 'import:bench')
        .then(() => null, (error: Error) => error),
    );
    const [merge] = await together([{ query: MERGE, variables: { survivor, absorbed } }]);
    const written = await Promise.all(batches);

    await expectWhole(scope);
    expect(merge!.ok).toBe(true);
    for (const [at, outcome] of written.entries()) {
      if (outcome === null) expect((await relationState(`${scope}-imported${at}`)).subjects).toEqual([survivor]);
      // A batch that met the entity gone is refused whole: its transaction rolls back, nothing is half-written.
      else expect(outcome.message).toMatch(/(Wrote 0 of 1 relations .*: a referenced entity or source is missing|A referenced entity was merged or deleted while the batch was written)/);
    }
  });

  it('a retraction and new evidence on the relations a merge moves keep their curator, reason and quotes', async () => {
    const scope = scopeOf('merge-retract');
    const [survivor, absorbed, partyKey] = [`${scope}-s`, `${scope}-a`, `${scope}-party`];
    const [between, membership] = [`${scope}-succeeded`, `${scope}-member`];
    const source = await fixture(scope, [{ key: survivor }, { key: absorbed }, party(partyKey)], [
      relationAt(between, absorbed, survivor, 'SUCCEEDED'),
      relationAt(membership, absorbed, partyKey),
    ]);

    const outcomes = await together([
      { query: ADD_EVIDENCE, variables: { relation: between, evidence: [{ source, quote: QUOTES[5] }] } },
      { query: RETRACT, variables: { key: between, reason: 'curator reason' }, curator: 1 },
      { query: MERGE, variables: { survivor, absorbed } },
      { query: ADD_EVIDENCE, variables: { relation: membership, evidence: [{ source, quote: QUOTES[6] }] }, curator: 1 },
    ]);

    await expectWhole(scope);
    const [evidenceAdded, retracted, merged, membershipEvidence] = outcomes;
    expect(merged!.ok).toBe(true);
    const state = await relationState(between);
    // Whoever came first retracted it, and that retraction stands: the curator's, or the merge's with its own reason.
    if (retracted!.ok) expect(state).toMatchObject({ reason: 'curator reason', retractedBy: 'bob' });
    else expect(state.reason).toMatch(/dropped by the merge/);
    const dropped = merged!.ok ? merged!.data.mergeEntities.droppedRelations.map((relation: { key: string }) => relation.key) : [];
    expect(dropped).toEqual(retracted!.ok ? [] : [between]);
    expect(state.quotes.includes(QUOTES[5]!)).toBe(evidenceAdded!.ok);
    expect(membershipEvidence!.ok).toBe(true);
    expect(await relationState(membership)).toMatchObject({ subjects: [survivor] });
    expect((await relationState(membership)).quotes).toContain(QUOTES[6]);
  });

  it('creations of a key while a merge turns it into a redirect are all refused, and the key stays one redirect', async () => {
    const scope = scopeOf('merge-create');
    const [survivor, absorbed] = [`${scope}-s`, `${scope}-a`];
    await fixture(scope, [{ key: survivor }, { key: absorbed }]);

    const creations = Array.from({ length: 6 }, (_, at) => ({ query: CREATE_ENTITY, variables: { input: { key: absorbed, kind: 'PERSON', name: `New ${at}` } }, curator: at % 2 }));
    const outcomes = await together([...creations.slice(0, 3), { query: MERGE, variables: { survivor, absorbed } }, ...creations.slice(3)]);

    await expectWhole(scope);
    expect(outcomes[3]!.ok).toBe(true);
    expect(accepted(outcomes)).toHaveLength(1);
    expect((await resolve(absorbed))!.key).toBe(survivor);
  });

  it('updates of an entity while others merge into it keep both the update and the merged names', async () => {
    const scope = scopeOf('merge-update');
    const survivor = `${scope}-s`;
    const absorbed = Array.from({ length: 5 }, (_, at) => `${scope}-a${at}`);
    await fixture(scope, [{ key: survivor, name: 'Survivor' }, ...absorbed.map((key, at) => ({ key, name: `Duplicate ${at}` }))]);

    const merges = absorbed.map((key) => ({ query: MERGE, variables: { survivor, absorbed: key } }));
    const updates = Array.from({ length: 10 }, (_, at) => ({ query: UPDATE_ENTITY, variables: { key: survivor, input: { description: `Update ${at}` } }, curator: at % 2 }));
    const outcomes = await together(merges.flatMap((merge, at) => [merge, updates[2 * at]!, updates[2 * at + 1]!]));

    await expectWhole(scope);
    const entity = (await resolve(survivor))!;
    for (const [at, outcome] of outcomes.entries()) {
      if (outcome.ok && outcome.data.mergeEntities) expect(entity.aliases).toContain(`Duplicate ${Math.floor(at / 3)}`);
    }
    const descriptions = accepted(outcomes).map((outcome) => outcome.data.updateEntity?.description).filter(Boolean);
    expect(descriptions).toContain(entity.description);
    expect(accepted(outcomes).length).toBe(outcomes.length);
  });

  it('twenty creations of one key: one is created, nineteen are refused, and the stored one is the one acknowledged', async () => {
    const key = scopeOf('one-key');
    const outcomes = await together(
      Array.from({ length: 20 }, (_, at) => ({ query: CREATE_ENTITY, variables: { input: { key, kind: 'PERSON', name: `Claimant ${at}` } }, curator: at % 2 })),
    );

    await expectWhole(key);
    const winners = accepted(outcomes);
    expect(winners).toHaveLength(1);
    const stored = (await resolve(key))!;
    expect(stored.name).toBe(winners[0]!.data.createEntity.name);
    expect(stored.audit.updatedBy).toBe(winners[0]!.curator);
    const { audit } = winners[0]!.data.createEntity;
    expect(audit.createdBy).toBe(winners[0]!.curator);
    expect(Date.parse(audit.updatedAt)).toBeGreaterThanOrEqual(Date.parse(audit.createdAt));
    for (const outcome of outcomes) if (!outcome.ok) expect(outcome.message).toContain(`an entity with key "${key}" already exists`);
  });

  it('twenty sources added under one key: one is stored, and it is the one acknowledged', async () => {
    const key = scopeOf('one-source');
    const outcomes = await together(
      Array.from({ length: 20 }, (_, at) => ({ query: ADD_SOURCE, variables: { input: { key, kind: 'NEWS_ARTICLE', title: `Report ${at}` } }, curator: at % 2 })),
    );

    await expectWhole(key);
    const winners = accepted(outcomes);
    expect(winners).toHaveLength(1);
    const { data } = await execute(yoga, `query ($key: String!) { source(key: $key) { title audit { createdBy updatedBy } } }`, { key });
    expect(data.source).toEqual({ title: winners[0]!.data.addSource.title, audit: { createdBy: winners[0]!.curator, updatedBy: winners[0]!.curator } });
    for (const outcome of outcomes) if (!outcome.ok) expect(outcome.message).toContain(`a source with key "${key}" already exists`);
  });

  it('the same fact asserted twelve times at once is one relation, and every refusal names it', async () => {
    const scope = scopeOf('same-fact');
    const [ann, partyKey, source] = [`${scope}-ann`, `${scope}-party`, `${scope}-source`];
    await fixture(scope, [{ key: ann }, party(partyKey)]);

    const outcomes = await together(
      Array.from({ length: 12 }, (_, at) => ({
        query: ASSERT,
        variables: { input: { type: 'LEADS', subject: ann, object: partyKey, validFrom: '2021-05-04', evidence: [{ source, quote: QUOTES[at] }] } },
        curator: at % 2,
      })),
    );

    await expectWhole(scope);
    const winners = accepted(outcomes);
    expect(winners).toHaveLength(1);
    const id = winners[0]!.data.assertRelation.key;
    const [record] = await graph.database.read(FACTS_BETWEEN, { subject: ann, type: 'LEADS', object: partyKey });
    expect(record!.get('ids')).toEqual([id]);
    const winner = outcomes.indexOf(winners[0]!);
    expect((await relationState(id)).quotes).toEqual([QUOTES[winner]]);
    for (const outcome of outcomes) if (!outcome.ok) expect(outcome.message).toContain(`relation "${id}"`);
  });

  it('evidence added while the relation is retracted is stored only if it came first', async () => {
    const scope = scopeOf('evidence-retract');
    const [ann, partyKey, source, id] = [`${scope}-ann`, `${scope}-party`, `${scope}-source`, `${scope}-fact`];
    await fixture(scope, [{ key: ann }, party(partyKey)], [relationAt(id, ann, partyKey)]);

    const additions = Array.from({ length: 10 }, (_, at) => ({
      query: ADD_EVIDENCE,
      variables: { relation: id, evidence: [{ source, quote: QUOTES[at + 1] }] },
      curator: at % 2,
    }));
    const outcomes = await together([...additions.slice(0, 3), { query: RETRACT, variables: { key: id, reason: 'withdrawn' }, curator: 1 }, ...additions.slice(3)]);

    await expectWhole(scope);
    expect(outcomes[3]!.ok).toBe(true);
    const state = await relationState(id);
    expect(state).toMatchObject({ reason: 'withdrawn', retractedBy: 'bob' });
    for (const [at, outcome] of outcomes.entries()) {
      if (at === 3) continue;
      const quote = QUOTES[(at < 3 ? at : at - 1) + 1];
      expect(state.quotes.includes(quote!)).toBe(outcome.ok);
      if (!outcome.ok) expect(outcome.message).toMatch(/retracted/);
    }
  });

  it('ten retractions of one relation: one is recorded, with its reason and curator, nine are refused', async () => {
    const scope = scopeOf('retract-retract');
    const [ann, partyKey, id] = [`${scope}-ann`, `${scope}-party`, `${scope}-fact`];
    await fixture(scope, [{ key: ann }, party(partyKey)], [relationAt(id, ann, partyKey)]);

    const outcomes = await together(Array.from({ length: 10 }, (_, at) => ({ query: RETRACT, variables: { key: id, reason: `Reason ${at}` }, curator: at % 2 })));

    await expectWhole(scope);
    const winners = accepted(outcomes);
    expect(winners).toHaveLength(1);
    const winner = outcomes.indexOf(winners[0]!);
    expect(await relationState(id)).toMatchObject({ reason: `Reason ${winner}`, retractedBy: winners[0]!.curator });
    for (const outcome of outcomes) if (!outcome.ok) expect(outcome.message).toMatch(/already retracted/);
  });
});

describe('relations from an entity to itself', () => {
  it('are refused when asserted, and dropped, with notice, when a merge would make one', async () => {
    const scope = `${prefix}-self`;
    const [ann, bob, source, id] = [`${scope}-ann`, `${scope}-bob`, `${scope}-source`, `${scope}-succeeded`];
    await fixture(scope, [{ key: ann }, { key: bob }], [relationAt(id, ann, bob, 'SUCCEEDED')]);

    const [refused] = await together([
      { query: ASSERT, variables: { input: { type: 'SUCCEEDED', subject: ann, object: ann, evidence: [{ source, quote: QUOTES[1] }] } } },
    ]);
    expect(refused).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(!refused!.ok && refused!.message).toContain('input.object: a relation cannot connect an entity to itself');

    const [merged] = await together([{ query: MERGE, variables: { survivor: ann, absorbed: bob } }]);
    expect(merged).toMatchObject({ ok: true, data: { mergeEntities: { survivor: { key: ann }, droppedRelations: [{ key: id }] } } });
    expect((await relationState(id)).reason).toMatch(/merge/);
    await expectWhole(scope);
  });
});
