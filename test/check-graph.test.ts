import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVARIANTS } from '../src/integrity/checks.js';
import { cypher } from '../src/neo4j/statement.js';
import { connectTestGraph, deleteByKeyPrefix, testConfig, uniquePrefix, type TestGraph } from './support/graph.js';
import { startScript } from './support/processes.js';

/**
 * `npm run check-graph` against the run's Neo4j: a graph that breaks each invariant once, written
 * here by hand since the server's own writes cannot break them, is reported record by record with
 * exit 1; a whole graph exits 0.
 */

const broken = uniquePrefix('broken');
const whole = uniquePrefix('whole');
const TEXT = 'Ann Example leads the Example Party.';
// Offsets count UTF-16 code units, as JavaScript does: the emoji before the quote is two of them.
const EMOJI_TEXT = '🗳️ Ann Example leads the Example Party.';
const EMOJI_START = EMOJI_TEXT.indexOf('Ann Example leads');

// One record per invariant, each named after it, beside a relation that breaks none.
const BREAK_EVERY_INVARIANT = cypher(
  'test.breakEveryInvariant',
  `CREATE (ann:Entity:Person {key: $p + '-ann', name: 'Ann'})
   CREATE (party:Entity:EntityKey:Organization {key: $p + '-party', name: 'Party'})
   CREATE (:Entity:Person {key: $p + '-unlabelled', name: 'U'})
   CREATE (two:Entity:Person:Place {key: $p + '-two-kinds', name: 'Two'})
   CREATE (source:Source {key: $p + '-source', kind: 'NEWS_ARTICLE', title: 'T', text: $text})
   CREATE (ann)-[:SUBJECT_OF]->(fine:Relation {id: $p + '-fine', type: 'LEADS'})-[:OBJECT]->(party),
          (fine)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: 0, end: 17}]->(source)
   CREATE (orphan:Relation {id: $p + '-no-subject', type: 'LEADS'})-[:OBJECT]->(party),
          (orphan)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: 0, end: 17}]->(source)
   CREATE (ann)-[:SUBJECT_OF]->(:Relation {id: $p + '-no-evidence', type: 'LEADS'})-[:OBJECT]->(party)
   CREATE (party)-[:SUBJECT_OF]->(kinds:Relation {id: $p + '-wrong-kinds', type: 'LEADS'})-[:OBJECT]->(ann),
          (kinds)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: 0, end: 17}]->(source)
   CREATE (ann)-[:SUBJECT_OF]->(offsets:Relation {id: $p + '-bad-offsets', type: 'LEADS'})-[:OBJECT]->(party),
          (offsets)-[:SUPPORTED_BY {quote: 'Example Party', start: 3, end: 16}]->(source)
   CREATE (ann)-[:SUBJECT_OF]->(late:Relation {id: $p + '-late-evidence', type: 'LEADS', retractedAt: datetime('2024-01-01T00:00:00Z')})-[:OBJECT]->(party),
          (late)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: 0, end: 17, addedAt: datetime('2024-02-01T00:00:00Z')}]->(source)
   CREATE (party)-[:SUBJECT_OF]->(selfie:Relation {id: $p + '-self', type: 'PART_OF'})-[:OBJECT]->(party),
          (selfie)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: 0, end: 17}]->(source)
   CREATE (:EntityRedirect {key: $p + '-dangling'})
   CREATE (:EntityRedirect {key: $p + '-ann'})-[:REDIRECTS_TO]->(party)
   CREATE (party)<-[:REDIRECTS_TO]-(:EntityRedirect:EntityKey {key: $p + '-merged-but-described'})
          -[:DESCRIBED_BY {quote: 'Ann Example leads', start: 0, end: 17}]->(source)
   CREATE (traveller:Entity:EntityKey:Person {key: $p + '-time-traveller', name: 'T', createdAt: datetime('2024-01-02T00:00:00Z'), updatedAt: datetime('2024-01-01T00:00:00Z')})
   CREATE (party)-[:IDENTIFIED_BY]->(:Identifier {scheme: 'test', value: $p + '-shared'})<-[:IDENTIFIED_BY]-(traveller)`,
);

const WHOLE_GRAPH = cypher(
  'test.wholeGraph',
  `CREATE (ann:Entity:EntityKey:Person {key: $p + '-ann', name: 'Ann'})
   CREATE (party:Entity:EntityKey:Organization {key: $p + '-party', name: 'Party'})
   CREATE (source:Source {key: $p + '-source', kind: 'NEWS_ARTICLE', title: 'T', text: $text})
   CREATE (ann)-[:SUBJECT_OF]->(fine:Relation {id: $p + '-fine', type: 'LEADS'})-[:OBJECT]->(party),
          (fine)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: 0, end: 17}]->(source)
   CREATE (emoji:Source {key: $p + '-emoji', kind: 'NEWS_ARTICLE', title: 'E', text: $emojiText})
   CREATE (fine)-[:SUPPORTED_BY {quote: 'Ann Example leads', start: $emojiStart, end: $emojiStart + 17}]->(emoji)`,
);

let graph: TestGraph;

beforeAll(async () => {
  graph = connectTestGraph();
  await graph.database.write(BREAK_EVERY_INVARIANT, { p: broken, text: TEXT });
  await graph.database.write(WHOLE_GRAPH, { p: whole, text: TEXT, emojiText: EMOJI_TEXT, emojiStart: neo4j.int(EMOJI_START) });
});

afterAll(async () => {
  await deleteByKeyPrefix(graph.database, broken);
  await deleteByKeyPrefix(graph.database, whole);
  await graph.close();
});

async function checkGraphCommand(prefix: string) {
  const { neo4j } = testConfig();
  const run = startScript('src/integrity/check-graph-cli.ts', ['--prefix', prefix, '--json'], {
    NEO4J_URI: neo4j.uri!,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_DATABASE: neo4j.database,
    ...(neo4j.password ? { NEO4J_PASSWORD: neo4j.password } : {}),
    LOG_LEVEL: 'warn',
  });
  const { code } = await run.exited;
  return { code, output: run.output() };
}

describe('npm run check-graph', () => {
  it('lists every broken invariant with the keys involved, and exits 1', async () => {
    const { code, output } = await checkGraphCommand(broken);
    expect(code).toBe(1);
    const violations = JSON.parse(output.slice(output.indexOf('['), output.lastIndexOf(']') + 1)) as { invariant: string; keys: string[]; problem: string }[];
    const found = violations.map((violation) => `${violation.invariant} ${violation.keys[0]}`).sort();
    expect(found).toEqual(
      [
        `relation-ends ${broken}-no-subject`,
        `relation-evidence ${broken}-no-evidence`,
        `relation-kinds ${broken}-wrong-kinds`,
        `self-relation ${broken}-self`,
        `evidence-offsets ${broken}-bad-offsets`,
        `evidence-after-retraction ${broken}-late-evidence`,
        `merged-key ${broken}-dangling`,
        `merged-entity-edges ${broken}-merged-but-described`,
        `key-space ${broken}-ann`,
        `key-space ${broken}-two-kinds`,
        `key-space ${broken}-unlabelled`,
        `audit-order ${broken}-time-traveller`,
        `identifier-holder ${broken}-party`,
      ].sort(),
    );
    expect(new Set(violations.map((violation) => violation.invariant))).toEqual(new Set(INVARIANTS.map((invariant) => invariant.name)));
    expect(violations.find((violation) => violation.invariant === 'relation-kinds')!.problem).toBe('LEADS does not connect Organization to Person');
    expect(output).toMatch(/13 violation\(s\) found/);
  });

  it('exits 0 on a whole graph and says which database it read', async () => {
    const { code, output } = await checkGraphCommand(whole);
    expect(output).toMatch(/Checking bolt:\/\/.+ \(database ".+"\) for keys starting with/);
    expect(output).toMatch(/The graph is whole: \d+ invariants hold\./);
    expect(code).toBe(0);
  });
});
