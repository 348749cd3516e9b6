import http from 'node:http';
import neo4j from 'neo4j-driver';
import { isCalendarDate } from '../../../src/model/dates.js';
import { ENTITY_KINDS, KIND_LABELS } from '../../../src/model/entity.js';
import { NO_FILTER } from '../../../src/model/relation.js';
import { closeness, typedName } from '../../../src/repositories/entity-repository.js';
import { fulltextQuery } from '../../../src/repositories/fulltext-query.js';
import { NEIGHBOURHOOD_WALK, pathSearch } from '../../../src/repositories/graph-repository.js';
import { filterParameter, relationFilter } from '../../../src/repositories/relation-cypher.js';
import { LIMITS, QUERY_NAMES, type QueryName, type Variables } from '../mix.js';
import type { FloorResponse } from './floor.js';

/**
 * The floor of the comparison (server b): each question of the mix is one fixed, parameterised Cypher
 * statement, run through neo4j-driver and written out as JSON by a bare node:http handler. No
 * GraphQL, no row parsing: what Neo4j returns is the body. The selection and order of every statement
 * are the project's own (relationFilter, the time order of relation pages, NEIGHBOURHOOD_WALK,
 * pathSearch), so the answers match server (a)'s.
 *
 * Unlike (a), no statement follows merged-entity redirects (:EntityRedirect): a merged key answers
 * nothing here. The generated bench data holds no redirects, so the answers still agree.
 */

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
// Without a password no credentials are sent: the embedded Neo4j runs with authentication off.
const auth = process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined;
const driver = neo4j.driver(uri, auth);

// ---------------------------------------------------------------------------------------------
// Cypher, composed once from fixed text.

/** The GraphQL kind of an entity node, from its kind label, as Cypher. */
const kindOf = (node: string) => `CASE ${ENTITY_KINDS.map((kind) => `WHEN ${node}:${KIND_LABELS[kind]} THEN '${kind}'`).join(' ')} END`;
const entityBrief = (node: string) => `${node} {.key, .name, kind: ${kindOf(node)}}`;

const EVIDENCE = (relation: string) => `evidence: [(${relation})-[support:SUPPORTED_BY]->(source:Source) |
    {quote: support.quote, source: source {.key, .title, publishedAt: toString(source.publishedAt)}}]`;

/** A relation with both ends as entity briefs; `more` adds entries (the evidence). */
const relationBrief = (relation: string, more = '') => `${relation} {.id, .type,
    validFrom: toString(${relation}.validFrom), validTo: toString(${relation}.validTo),
    subject: [(subject:Entity)-[:SUBJECT_OF]->(${relation}) | ${entityBrief('subject')}][0],
    object: [(${relation})-[:OBJECT]->(object:Entity) | ${entityBrief('object')}][0]${more ? `, ${more}` : ''}}`;

/** The time order of every relation page in the project (relation-cypher.ts relationPage). */
const TIME_ORDER = 'ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC';

/** entity.relations(asOf, first) as relation-repository's OF_ENTITIES selects it, direction BOTH. */
const entityRelations = (projection: string) => `MATCH (entity:Entity {key: $key})
   CALL (entity) {
     MATCH (entity)-[:SUBJECT_OF|OBJECT]-(relation:Relation)
     WHERE ${relationFilter('relation', '$filter')}
     WITH DISTINCT relation ${TIME_ORDER} LIMIT $first
     RETURN collect(${projection}) AS relations
   }
   RETURN ${entityBrief('entity')} AS entity, relations`;

const ENTITY_AS_OF = entityRelations(relationBrief('relation'));
const EVIDENCE_OF_RELATIONS = entityRelations(relationBrief('relation', EVIDENCE('relation')));

/** As entity-repository's SEARCH, without the count: closest to what was typed first, then best score, then by key. */
const SEARCH = `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
   WITH node, score ORDER BY ${closeness('node', '$typed')} ASC, score DESC, node.key ASC LIMIT $first
   RETURN collect(${entityBrief('node')}) AS entities`;

/** relations(filter: {object, types: [HOLDS_OFFICE]}): the office as object, found from the office. */
const OFFICE_HOLDERS = `MATCH (:Entity {key: $office})<-[:OBJECT]-(relation:Relation)
   WHERE ${relationFilter('relation', '$filter')}
   WITH relation ${TIME_ORDER} LIMIT $first
   RETURN collect(${relationBrief('relation')}) AS relations`;

/** The walk (a) runs; its nodes are the start plus both ends of every relation kept, which the briefs carry. */
const NEIGHBOURHOOD = `${NEIGHBOURHOOD_WALK}
   RETURN ${entityBrief('start')} AS entity, [relation IN relations[0..$limit] | ${relationBrief('relation')}] AS relations`;

const PATHS = `${pathSearch(LIMITS.pathHops, LIMITS.paths)}
   RETURN [entity IN entities | ${entityBrief('entity')}] AS entities, [relation IN hop | ${relationBrief('relation')}] AS relations`;

// ---------------------------------------------------------------------------------------------
// Parameters fixed by the mix, converted once.

const ALL_RELATIONS = filterParameter(NO_FILTER);
const HOLDS_OFFICE = filterParameter({ ...NO_FILTER, types: ['HOLDS_OFFICE'] });
const int = neo4j.int;
const NEIGHBOURHOOD_SIZE = {
  depth: int(LIMITS.neighbourhoodDepth),
  limit: int(LIMITS.neighbourhoodLimit),
  perEntity: int(LIMITS.neighbourhoodPerEntity),
};

let statements = 0;

async function run(text: string, parameters: Record<string, unknown>) {
  statements += 1;
  const { records } = await driver.executeQuery(text, parameters, { database, routing: neo4j.routing.READ });
  return records;
}

/** The one row's columns, or {} when the statement found nothing (an unknown key). */
async function single(text: string, parameters: Record<string, unknown>): Promise<FloorResponse> {
  const [record] = await run(text, parameters);
  return record ? (record.toObject() as FloorResponse) : {};
}

const ANSWERS: { [Name in QueryName]: (variables: Variables[Name]) => Promise<FloorResponse> } = {
  'entity-as-of': ({ key, asOf }) =>
    single(ENTITY_AS_OF, { key, filter: filterParameter({ ...NO_FILTER, asOf }), first: int(LIMITS.relationsAsOf) }),
  search: async ({ text }) => {
    // As (a): text with no searchable word matches nothing, and no statement is run.
    const query = fulltextQuery(text);
    return query === null ? { entities: [] } : single(SEARCH, { query, typed: typedName(text), first: int(LIMITS.search) });
  },
  'office-holders': ({ office }) => single(OFFICE_HOLDERS, { office, filter: HOLDS_OFFICE, first: int(LIMITS.officeHolders) }),
  evidence: ({ key }) => single(EVIDENCE_OF_RELATIONS, { key, filter: ALL_RELATIONS, first: int(LIMITS.relationsWithEvidence) }),
  neighbourhood: ({ key }) => single(NEIGHBOURHOOD, { key, filter: ALL_RELATIONS, ...NEIGHBOURHOOD_SIZE }),
  paths: async ({ from, to }) => {
    const records = await run(PATHS, { from, to, filter: ALL_RELATIONS, maxDegree: int(LIMITS.pathMaxDegree) });
    return { paths: records.map((record) => record.toObject() as NonNullable<FloorResponse['paths']>[number]) };
  },
};

// ---------------------------------------------------------------------------------------------
// Input: the mix's Variables, checked by hand.

const FIELDS: { [Name in QueryName]: (keyof Variables[Name])[] } = {
  'entity-as-of': ['key', 'asOf'],
  search: ['text'],
  'office-holders': ['office'],
  evidence: ['key'],
  neighbourhood: ['key'],
  paths: ['from', 'to'],
};

class BadInput extends Error {}

/** The variables of `query` in `body`, or BadInput naming what is wrong. */
function variablesOf<Name extends QueryName>(query: Name, body: string): Variables[Name] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new BadInput('the body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadInput('the body must be a JSON object');
  const fields = FIELDS[query] as string[];
  for (const name of Object.keys(value)) {
    if (!fields.includes(name)) throw new BadInput(`unknown field '${name}'; ${query} takes ${fields.join(', ')}`);
  }
  for (const name of fields) {
    if (typeof (value as Record<string, unknown>)[name] !== 'string') throw new BadInput(`'${name}' must be a string`);
  }
  const asOf = (value as { asOf?: string }).asOf;
  if (asOf !== undefined && !isCalendarDate(asOf)) throw new BadInput(`'asOf' must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  return value as Variables[Name];
}

// ---------------------------------------------------------------------------------------------
// HTTP.

function send(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const isQueryName = (name: string): name is QueryName => (QUERY_NAMES as readonly string[]).includes(name);

async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const path = (request.url ?? '/').split('?')[0]!;
  if (path === '/statements') {
    if (request.method !== 'GET') return send(response, 405, { error: 'GET /statements' });
    return send(response, 200, { statements });
  }
  const query = path.slice(1);
  if (!isQueryName(query)) return send(response, 404, { error: `no question '${query}'; ask one of ${QUERY_NAMES.join(', ')}` });
  if (request.method !== 'POST') return send(response, 405, { error: `POST /${query} with the variables as a JSON body` });
  let variables: Variables[typeof query];
  try {
    variables = variablesOf(query, await readBody(request));
  } catch (error) {
    if (error instanceof BadInput) return send(response, 400, { error: `${query}: ${error.message}` });
    throw error;
  }
  send(response, 200, await (ANSWERS[query] as (variables: unknown) => Promise<FloorResponse>)(variables));
}

const server = http.createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (response.headersSent) response.destroy();
    else send(response, 500, { error: message });
  });
});

// Connect before listening, so that the first request timed does not pay for the connection.
await driver.getServerInfo({ database });
server.listen(port, host, () => console.log(`floor server listening on http://${host}:${port} (Neo4j ${uri}, database ${database})`));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void driver.close().finally(() => process.exit(0));
  });
}
