import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { ENTITY_KINDS, KIND_LABELS, type EntityKind } from '../../../src/model/entity.js';
import { RELATION_TYPES } from '../../../src/model/relation.js';
import { NEIGHBOURHOOD_WALK, pathSearch } from '../../../src/repositories/graph-repository.js';
import { relationFilter } from '../../../src/repositories/relation-cypher.js';
import { closeness } from '../../../src/repositories/entity-repository.js';
import { LIMITS } from '../mix.js';

/**
 * Server (d) of the comparison: @neo4j/graphql 7 over the graph this project stores, deployed as its
 * documentation shows (type definitions, one driver, graphql-yoga), plus GET /statements for the bench.
 *
 *   node --import tsx bench/compare/servers/neo4j-graphql-server.ts
 *   env: PORT, NEO4J_URI, NEO4J_DATABASE (default neo4j), NEO4J_USERNAME and NEO4J_PASSWORD (optional)
 */

/** Entity properties beyond the interface's, by kind: what src/model/entity.ts stores for each. */
const KIND_PROPERTIES: Record<EntityKind, string> = {
  PERSON: '',
  ORGANIZATION: 'subKind: String',
  OFFICE: '',
  PLACE: 'subKind: String',
  ELECTION: 'subKind: String\n  date: Date',
};

const ENTITY_PROPERTIES = `key: String!
  name: String!
  aliases: [String!]
  description: String`;

/**
 * One GraphQL type per kind label, as the project's own schema has, so that an entity's kind is its
 * `__typename`. Each type matches the nodes carrying both its kind label and :Entity.
 */
function entityType(kind: EntityKind): string {
  const label = KIND_LABELS[kind];
  return `type ${label} implements Entity @node(labels: ["${label}", "Entity"]) {
  ${ENTITY_PROPERTIES}
  subjectOf: [Relation!]! @relationship(type: "SUBJECT_OF", direction: OUT)
  objectOf: [Relation!]! @relationship(type: "OBJECT", direction: IN)
  ${KIND_PROPERTIES[kind]}
}`;
}

/** The relation filter that NEIGHBOURHOOD_WALK and pathSearch read as $filter: retracted relations left out. */
const WALK_FILTER = { includeRetracted: false };

/**
 * The neighbourhood walk and the path search are the project's own Cypher
 * (src/repositories/graph-repository.ts), so that servers (a) and (d) follow the same relations. @cypher cannot return an object type that is not a
 * @node with @node types inside it (the library projects only @node results), so both fields return
 * relations, which the library then projects like any other:
 * - neighbourhood: the first `limit` relations the walk found; its entities are their ends, and the
 *   start is read with `entities` beside it;
 * - paths: the relations of each path in turn, from `from` to `to`, shortest path first; a path ends
 *   where a relation reaches `to` (a path never passes an entity twice), so the client splits them there.
 */
const NEIGHBOURHOOD = `${NEIGHBOURHOOD_WALK}
   UNWIND relations[0..$limit] AS relation
   RETURN relation`;

const PATHS = `${pathSearch(LIMITS.pathHops, LIMITS.paths)}
   UNWIND hop AS relation
   RETURN relation`;

/**
 * asOf reads a relation from its known start (its validFrom, else its election's day, else its
 * earliest dated source) and bounds at their precision (relation-cypher.ts relationFilter): no
 * generated filter expresses that, so (d) asks the project's own filter, as for the walks above.
 */
const RELATIONS_AS_OF = `WITH {asOf: $asOf, includeRetracted: false, certainty: 'CERTAIN'} AS filter
   MATCH (:Entity {key: $key})-[:SUBJECT_OF|OBJECT]-(relation:Relation)
   WHERE ${relationFilter('relation', 'filter')}
   WITH DISTINCT relation ORDER BY relation.validFrom ASC, relation.validTo ASC, relation.id ASC LIMIT $first
   RETURN relation`;

/**
 * @fulltext belongs on a @node type and keeps only that type's labels, so over the Entity interface
 * it would take one query per kind, ranked apart. This field asks the existing entity_search index
 * once, in the order of the project's search (entity-repository.ts).
 */
const SEARCH = `CALL db.index.fulltext.queryNodes('entity_search', $phrase) YIELD node, score
   RETURN node ORDER BY ${closeness('node', '$typed')} ASC, score DESC, node.key ASC LIMIT $first`;

export const typeDefs = `#graphql
# Read-only, as the project's own server is to anyone without a curator credential.
extend schema @mutation(operations: [])

"""
A person, organisation, office, place or election. Its relations are two fields, one per direction
of the stored edges (SUBJECT_OF, OBJECT): a @relationship follows one relationship type.
"""
interface Entity {
  ${ENTITY_PROPERTIES}
  subjectOf: [Relation!]! @declareRelationship
  objectOf: [Relation!]! @declareRelationship
}

${ENTITY_KINDS.map(entityType).join('\n\n')}

enum RelationType {
  ${RELATION_TYPES.join('\n  ')}
}

"A fact between two entities, valid from validFrom (inclusive) to validTo (exclusive); null bounds are open."
type Relation @node {
  id: String!
  type: RelationType!
  validFrom: Date
  validTo: Date
  role: String
  confidence: Float
  # Filtering on it is plain Cypher; reading it needs APOC (apoc.date.convertFormat), which the
  # library lists as required and the embedded Neo4j does not have. No question of the mix reads it.
  retractedAt: DateTime
  subject: Entity @relationship(type: "SUBJECT_OF", direction: IN)
  object: Entity @relationship(type: "OBJECT", direction: OUT)
  context: Entity @relationship(type: "IN_CONTEXT", direction: OUT)
  evidence: [Source!]! @relationship(type: "SUPPORTED_BY", direction: OUT, properties: "Evidence")
}

type Evidence @relationshipProperties {
  quote: String
  start: Int
  end: Int
  confidence: Float
}

type Source @node {
  key: String!
  title: String
  publisher: String
  url: String
  publishedAt: Date
  supports: [Relation!]! @relationship(type: "SUPPORTED_BY", direction: IN, properties: "Evidence")
}

type Query {
  "Full-text search over names and aliases: phrase is a Lucene query, typed the name as typed; closest first, then best score, then by key."
  search(phrase: String!, typed: String!, first: Int!): [Entity!]!
    @cypher(statement: """${SEARCH}""", columnName: "node")
  "The relations of an entity's neighbourhood, found breadth first, retracted relations left out."
  neighbourhood(key: String!, depth: Int!, limit: Int!, perEntity: Int!): [Relation!]!
    @cypher(statement: """${NEIGHBOURHOOD}""", columnName: "relation")
  "The relations of the shortest paths between two entities, path after path, each from 'from' to 'to'."
  paths(from: String!, to: String!, maxDegree: Int!): [Relation!]!
    @cypher(statement: """${PATHS}""", columnName: "relation")
  "An entity's relations (both directions) known to hold on a day, in time order: the project's temporal rule."
  relationsAsOf(key: String!, asOf: Date!, first: Int!): [Relation!]!
    @cypher(statement: """${RELATIONS_AS_OF}""", columnName: "relation")
}
`;

// ---------------------------------------------------------------------------------------------
// Counting statements at the driver: @neo4j/graphql opens a session per root field and runs its one
// statement in session.executeRead / executeWrite (dist/classes/Executor.js); before the first
// request's statement it runs `CALL dbms.components()` once the same way, and its optional checks
// use session.run. Every run on a session, or on a transaction one hands out, is counted, and so is
// driver.executeQuery (whose own sessions are opened by the unpatched method, so never twice).

let statements = 0;

/** Counts each call of `run`, whatever it is given: a session's or a transaction's. */
function countingRuns<T extends { run: (...args: never[]) => unknown }>(runner: T): T {
  const run = runner.run.bind(runner) as (...args: unknown[]) => unknown;
  runner.run = ((...args: unknown[]) => {
    statements += 1;
    return run(...args);
  }) as T['run'];
  return runner;
}

function countingSession(session: Session): Session {
  countingRuns(session);
  const executeRead = session.executeRead.bind(session);
  const executeWrite = session.executeWrite.bind(session);
  const beginTransaction = session.beginTransaction.bind(session);
  session.executeRead = (work, config) => executeRead((transaction) => work(countingRuns(transaction)), config);
  session.executeWrite = (work, config) => executeWrite((transaction) => work(countingRuns(transaction)), config);
  session.beginTransaction = (config) => countingRuns(beginTransaction(config));
  return session;
}

function countingDriver(driver: Driver): Driver {
  const openSession = driver.session.bind(driver);
  driver.session = (config) => countingSession(openSession(config));
  const executeQuery = driver.executeQuery.bind(driver);
  driver.executeQuery = ((...args: Parameters<Driver['executeQuery']>) => {
    statements += 1;
    return executeQuery(...args);
  }) as Driver['executeQuery'];
  return driver;
}

// ---------------------------------------------------------------------------------------------

const port = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
// Without a password no credentials are sent: the embedded Neo4j runs with authentication off.
const password = process.env.NEO4J_PASSWORD;
const auth = password ? neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', password) : undefined;

const driver = countingDriver(neo4j.driver(uri, auth));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: 'warn',
  // The walk filter reaches the @cypher statements as $filter through the library's cypherParams.
  context: () => ({ sessionConfig: { database }, cypherParams: { filter: WALK_FILTER } }),
});

const server = createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/statements') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ statements }));
    return;
  }
  void yoga(request, response);
});
server.listen(port, host);
await once(server, 'listening');

async function shutDown() {
  server.close();
  server.closeAllConnections();
  await driver.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutDown());
process.once('SIGTERM', () => void shutDown());
