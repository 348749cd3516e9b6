import neo4j from 'neo4j-driver';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, kindOfLabel } from '../src/model/entity.js';
import { RELATION_VOCABULARY, type RelationType } from '../src/model/relation.js';
import { cypher } from '../src/neo4j/statement.js';
import { normalizeName } from '../src/model/rules.js';
import { readSeed, type Seed } from '../src/seed/read-seed.js';
import { writeSeed } from '../src/seed/write-seed.js';
import { connectTestGraph, type TestGraph } from './support/graph.js';

/**
 * The integrity rules of the knowledge model (src/model/), checked on the seed as Neo4j holds it: the global setup
 * loaded it, and these queries read it back without trusting the loader.
 */

let graph: TestGraph;
let seed: Seed;

beforeAll(async () => {
  graph = connectTestGraph();
  seed = await readSeed();
});

afterAll(async () => {
  await graph.close();
});

const seedRelationIds = () => seed.relations.map((relation) => relation.id);

async function rows(text: string, parameters: Record<string, unknown> = {}) {
  const records = await graph.database.read(cypher('test.seedIntegrity', text), parameters);
  return records.map((record) =>
    Object.fromEntries(Object.entries(record.toObject()).map(([name, value]) => [name, neo4j.isInt(value) ? value.toNumber() : value])),
  );
}

describe('the seed in Neo4j', () => {
  it('holds every entity, source and relation of the seed files', async () => {
    const [counts] = await rows(
      `RETURN COUNT { MATCH (e:Entity) WHERE e.key IN $entities } AS entities,
              COUNT { MATCH (s:Source) WHERE s.key IN $sources } AS sources,
              COUNT { MATCH (r:Relation) WHERE r.id IN $relations } AS relations`,
      {
        entities: seed.entities.map((entity) => entity.key),
        sources: seed.sources.map((source) => source.key),
        relations: seedRelationIds(),
      },
    );
    expect(counts).toEqual({
      entities: seed.entities.length,
      sources: seed.sources.length,
      relations: seed.relations.length,
    });
    expect(seed.relations.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every relation at least one piece of evidence', async () => {
    const unsupported = await rows(
      `MATCH (r:Relation) WHERE r.id IN $ids AND NOT (r)-[:SUPPORTED_BY]->(:Source) RETURN r.id AS id`,
      { ids: seedRelationIds() },
    );
    expect(unsupported).toEqual([]);
  });

  it('stores every quote from a stored text verbatim, at its offsets', async () => {
    const evidence = await rows(
      `MATCH (owner)-[e:SUPPORTED_BY|DESCRIBED_BY]->(s:Source)
       WHERE s.text IS NOT NULL AND (owner.id IN $ids OR owner.key IN $keys)
       RETURN coalesce(owner.id, owner.key) AS owner, e.quote AS quote, e.start AS start, e.end AS end,
              substring(s.text, e.start, e.end - e.start) AS atOffsets`,
      { ids: seedRelationIds(), keys: seed.entities.map((entity) => entity.key) },
    );
    expect(evidence.length).toBeGreaterThan(40);
    const wrong = evidence.filter((row) => row.quote === null || row.atOffsets !== row.quote);
    expect(wrong).toEqual([]);
  });

  it('takes every quote from a source without stored text word for word from the reference table', async () => {
    const table = await readFile(new URL('../seed/texts/reference-facts.md', import.meta.url), 'utf8');
    const quotes = await rows(
      `MATCH (owner)-[e:SUPPORTED_BY|DESCRIBED_BY]->(s:Source {kind: 'REFERENCE'})
       WHERE owner.id IN $ids OR owner.key IN $keys
       RETURN s.key AS source, e.quote AS quote, s.text AS text`,
      { ids: seedRelationIds(), keys: seed.entities.map((entity) => entity.key) },
    );
    expect(quotes.length).toBeGreaterThan(30);
    expect(quotes.filter((row) => row.text !== null || !table.includes(row.quote))).toEqual([]);
  });

  it('leaves no dangling relation: one subject, one object, at most one context, all entities', async () => {
    const broken = await rows(
      `MATCH (r:Relation) WHERE r.id IN $ids
       WITH r, COUNT { (:Entity)-[:SUBJECT_OF]->(r) } AS subjects, COUNT { (r)-[:OBJECT]->(:Entity) } AS objects,
            COUNT { (r)-[:IN_CONTEXT]->(:Entity) } AS contexts,
            COUNT { (r)-[:SUBJECT_OF|OBJECT|IN_CONTEXT]-(other) WHERE NOT other:Entity } AS strays
       WHERE subjects <> 1 OR objects <> 1 OR contexts > 1 OR strays > 0
       RETURN r.id AS id`,
      { ids: seedRelationIds() },
    );
    expect(broken).toEqual([]);
  });

  it('connects only the kinds of entity the vocabulary allows', async () => {
    const relations = await rows(
      `MATCH (s:Entity)-[:SUBJECT_OF]->(r:Relation)-[:OBJECT]->(o:Entity) WHERE r.id IN $ids
       OPTIONAL MATCH (r)-[:IN_CONTEXT]->(c:Entity)
       RETURN r.id AS id, r.type AS type, labels(s) AS subject, labels(o) AS object, labels(c) AS context`,
      { ids: seedRelationIds() },
    );
    const kindOf = (labels: string[] | null) => labels?.map(kindOfLabel).find((kind) => kind !== undefined) ?? null;
    const violations = relations.filter((row) => {
      const rule = RELATION_VOCABULARY[row.type as RelationType];
      const pairAllowed = rule.connects.some(([s, o]) => s === kindOf(row.subject) && o === kindOf(row.object));
      const context = kindOf(row.context);
      return !pairAllowed || (context !== null && !rule.context.includes(context));
    });
    expect(relations).toHaveLength(seed.relations.length);
    expect(violations).toEqual([]);
  });

  it('stores no person or party twice under two keys', async () => {
    const entities = await rows(
      `MATCH (e:Entity) WHERE e.key IN $keys RETURN e.key AS key, labels(e) AS labels, e.name AS name, e.aliases AS aliases`,
      { keys: seed.entities.map((entity) => entity.key) },
    );
    const owners = new Map<string, Set<string>>();
    for (const entity of entities) {
      const kind = entity.labels.map(kindOfLabel).find((k: string | undefined) => k !== undefined);
      expect(ENTITY_KINDS).toContain(kind);
      for (const name of [entity.name, ...(entity.aliases ?? [])]) {
        const id = `${kind}:${normalizeName(name)}`;
        owners.set(id, (owners.get(id) ?? new Set()).add(entity.key));
      }
    }
    expect([...owners].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });

  it('is unchanged by loading the seed a second time', async () => {
    const snapshot = () =>
      rows(
        `MATCH (n) WHERE n.key IN $keys OR n.id IN $ids
         OPTIONAL MATCH (n)-[e]->(m)
         WITH n, e, m ORDER BY type(e), coalesce(m.key, m.id), e.start, e.quote
         WITH n, collect(CASE WHEN e IS NULL THEN null ELSE [type(e), coalesce(m.key, m.id), properties(e)] END) AS edges
         RETURN labels(n) AS labels, properties(n) AS properties, edges
         ORDER BY coalesce(n.key, n.id)`,
        {
          keys: [...seed.entities.map((entity) => entity.key), ...seed.sources.map((source) => source.key)],
          ids: seedRelationIds(),
        },
      );
    const before = await snapshot();
    await writeSeed(graph.database, seed);
    const after = await snapshot();
    expect(after).toHaveLength(seed.entities.length + seed.sources.length + seed.relations.length);
    expect(after).toEqual(before);
  });
});

describe('the facts of the design card, with their evidence', () => {
  async function evidenceFor(subject: string, type: string, object: string) {
    return rows(
      `MATCH (:Entity {key: $subject})-[:SUBJECT_OF]->(r:Relation {type: $type})-[:OBJECT]->(:Entity {key: $object})
       MATCH (r)-[e:SUPPORTED_BY]->(s:Source)
       RETURN s.key AS source, e.quote AS quote, toString(r.validFrom) AS validFrom ORDER BY source, quote`,
      { subject, type, object },
    );
  }

  it('Keir Starmer succeeded Jeremy Corbyn, from 4 April 2020, in the AP report and a reference', async () => {
    expect(await evidenceFor('keir-starmer', 'SUCCEEDED', 'jeremy-corbyn')).toEqual([
      { source: 'ap-2021-05-07-hartlepool', quote: 'after succeeding the more left-wing Jeremy Corbyn', validFrom: '2020-04-04' },
      { source: 'simple-wikipedia-keir-starmer', quote: 'from 4 April 2020, succeeding Jeremy Corbyn', validFrom: '2020-04-04' },
    ]);
  });

  it('Jill Mortimer won the 2021 Hartlepool by-election', async () => {
    const evidence = await evidenceFor('jill-mortimer', 'WON', '2021-hartlepool-by-election');
    expect(evidence.map((row) => row.source)).toContain('ap-2021-05-07-hartlepool');
    expect(evidence.map((row) => row.quote)).toContain('Jill Mortimer (Conservative) 15,529 votes (51.9%)');
  });

  it('Nicola Sturgeon leads the SNP', async () => {
    const evidence = await evidenceFor('nicola-sturgeon', 'LEADS', 'scottish-national-party');
    expect(evidence.map((row) => row.quote)).toContain("The SNP's leader, First Minister Nicola Sturgeon");
  });

  it('keeps both turnouts of the Hartlepool by-election, each with its own source', async () => {
    const turnouts = await rows(
      `MATCH (:Entity {key: 'hartlepool'})-[:SUBJECT_OF]->(r:Relation {type: 'VOTED_IN'})-[:OBJECT]->(:Entity {key: '2021-hartlepool-by-election'})
       MATCH (r)-[:SUPPORTED_BY]->(s:Source)
       RETURN r.turnout AS turnout, collect(DISTINCT s.key) AS sources ORDER BY turnout`,
    );
    expect(turnouts).toEqual([
      { turnout: 0.423, sources: ['uk-parliament-hartlepool-2021'] },
      { turnout: 0.427, sources: ['wikipedia-2021-hartlepool-by-election'] },
    ]);
  });
});
