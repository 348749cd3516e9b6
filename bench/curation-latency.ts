import { parseArgs } from 'node:util';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { cypher } from '../src/neo4j/statement.js';
import { openGraph } from '../src/neo4j/open.js';
import { createYogaServer } from '../src/yoga.js';
import { codeVersion, machineDescription } from './bench-graph.js';
import { quantile } from './explore/report.js';

/**
 * `npm run bench:curation -- --runs 200`: what one curation mutation costs, alone, through the
 * real GraphQL stack (yoga.fetch) on the configured Neo4j (NEO4J_URI, or the embedded one). One
 * request at a time, so the figures are the price of each mutation's transaction (its locks
 * included), not of waiting for others. Everything it writes is under one key prefix, removed at the end.
 */

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '200' }, warmup: { type: 'string', default: '20' } } });
const runs = Number(options.runs);
const warmup = Number(options.warmup);

const config = loadConfig();
const graph = await openGraph(config.neo4j, createLogger({ log: { level: 'warn', format: 'json' } }));
const curator = newApiKey('bench', ['curator']);
const yoga = createYogaServer({
  database: graph.database,
  logger: createLogger({ log: { level: 'silent', format: 'json' } }),
  keyring: new ApiKeyring(parseApiKeys(curator.entry).entries),
});
const prefix = `bench-curation-${Date.now()}`;
const TEXT = Array.from({ length: runs + warmup + 1 }, (_, at) => `Quote ${at}.`).join(' ');

async function curate(query: string, variables: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${curator.key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  const elapsed = performance.now() - started;
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0]!.message}`);
  return elapsed;
}

const k = (name: string) => `${prefix}-${name}`;
const person = (name: string) => ({ key: k(name), kind: 'PERSON', name });

/**
 * Each mutation as the n-th request of its series, in this order; all of them valid, so each one
 * writes. Entity p0 is the one updates, evidence and merges build on.
 */
const MUTATIONS: Record<string, (n: number) => [string, Record<string, unknown>]> = {
  createEntity: (n) => [`mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key } }`, { input: person(`p${n}`) }],
  updateEntity: (n) => [`mutation ($key: String!) { updateEntity(key: $key, input: { description: "v${n}" }) { key } }`, { key: k('p0') }],
  assertRelation: (n) => [
    `mutation ($input: AssertRelationInput!) { assertRelation(input: $input) { key } }`,
    { input: { type: 'MEMBER_OF', subject: k(`p${n}`), object: k('party'), evidence: [{ source: k('source'), quote: `Quote ${n}.` }] } },
  ],
  addEvidence: (n) => [
    `mutation ($relation: String!, $evidence: [EvidenceInput!]!) { addEvidence(relation: $relation, evidence: $evidence) { key } }`,
    { relation: `${k('p0')}-member-of-${k('party')}`, evidence: [{ source: k('source'), quote: `Quote ${n + 1}.` }] },
  ],
  retractRelation: (n) => [`mutation ($key: String!) { retractRelation(key: $key, reason: "bench") { key } }`, { key: `${k(`p${n}`)}-member-of-${k('party')}` }],
  mergeEntities: (n) => [`mutation ($s: String!, $a: String!) { mergeEntities(survivor: $s, absorbed: $a) { __typename } }`, { s: k('p0'), a: k(`p${n + 1}`) }],
};

try {
  await curate(`mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key } }`, {
    input: { key: k('party'), kind: 'ORGANIZATION', subKind: 'PARTY', name: 'Bench Party' },
  });
  await curate(`mutation ($input: CreateEntityInput!) { createEntity(input: $input) { key } }`, { input: person(`p${runs + warmup}`) });
  await curate(`mutation ($input: AddSourceInput!) { addSource(input: $input) { key } }`, {
    input: { key: k('source'), kind: 'NEWS_ARTICLE', title: 'Bench', text: TEXT },
  });
  const rows: string[] = [];
  for (const [name, request] of Object.entries(MUTATIONS)) {
    const times: number[] = [];
    for (let n = 0; n < runs + warmup; n += 1) times.push(await curate(...request(n)));
    const measured = times.slice(warmup).sort((a, b) => a - b);
    rows.push(`| ${name} | ${quantile(measured, 0.5).toFixed(1)} | ${quantile(measured, 0.99).toFixed(1)} |`);
  }
  console.log(`Curation latency, one request at a time, ${runs} runs after ${warmup} warm-up (${machineDescription()}, code ${codeVersion()})\n`);
  console.log('| mutation | p50 ms | p99 ms |\n| --- | ---: | ---: |');
  console.log(rows.join('\n'));
} finally {
  await graph.database.write(cypher('bench.removeCuration', 'MATCH (node) WHERE node.key STARTS WITH $prefix OR node.id STARTS WITH $prefix DETACH DELETE node'), { prefix });
  await graph.close();
}
