import { kindOfLabel } from '../../../src/model/entity.js';
import { typedName } from '../../../src/repositories/entity-repository.js';
import { fulltextQuery } from '../../../src/repositories/fulltext-query.js';
import { AnswerBuilder, LIMITS, RELATIONS_IN_ORDER, type Answer, type EntityBrief, type MixRequest, type QueryName } from '../mix.js';
import { graphqlData, graphqlRequest, statementsEndpoint, type BenchServer } from './server.js';

/**
 * (d) @neo4j/graphql 7.6.3 with type definitions over the stored graph (neo4j-graphql-server.ts),
 * asked the mix's questions with the library's generated filters, sorts and limits where it has them.
 */

const ENTITY = 'key name __typename';
const RELATION = `id type validFrom validTo subject { ${ENTITY} } object { ${ENTITY} }`;
const EVIDENCE = 'evidenceConnection { edges { properties { quote } node { key title publishedAt } } }';

/** The time order of the project's relation pages: validFrom, validTo (Neo4j puts nulls last), id. */
const TIME_ORDER = 'sort: [{ validFrom: ASC }, { validTo: ASC }, { id: ASC }]';
const NOT_RETRACTED = 'retractedAt: { eq: null }';

/**
 * An entity's relations in both directions, each direction filtered, sorted and cut by the library;
 * the client merges the two pages into one (see `bothDirections`). One relation list over both
 * would be `relations(where: { OR: [{ subject: ... }, { object: ... }] })`, but that scans every
 * :Relation (0.7 s to 1.3 s a request on the 10k graph), where these start from the entity's key.
 */
const entityRelations = (where: string, first: number, fields: string) =>
  ['subjectOf', 'objectOf'].map((field) => `${field}(where: { ${where} }, ${TIME_ORDER}, limit: ${first}) { ${fields} }`).join('\n');

export const DOCUMENTS: Record<QueryName, string> = {
  // asOf follows the project's temporal rule, which no generated filter expresses: a @cypher field.
  'entity-as-of': `query EntityAsOf($key: String!, $asOf: Date!) {
    entities(where: { key: { eq: $key } }) { ${ENTITY} }
    relationsAsOf(key: $key, asOf: $asOf, first: ${LIMITS.relationsAsOf}) { ${RELATION} }
  }`,
  search: `query Search($phrase: String!, $typed: String!) {
    search(phrase: $phrase, typed: $typed, first: ${LIMITS.search}) { ${ENTITY} }
  }`,
  'office-holders': `query OfficeHolders($office: String!) {
    relations(
      where: { type: { eq: HOLDS_OFFICE }, object: { key: { eq: $office } }, ${NOT_RETRACTED} }
      ${TIME_ORDER}
      limit: ${LIMITS.officeHolders}
    ) { ${RELATION} }
  }`,
  evidence: `query RelationsWithEvidence($key: String!) {
    entities(where: { key: { eq: $key } }) {
      ${ENTITY}
      ${entityRelations(NOT_RETRACTED, LIMITS.relationsWithEvidence, `${RELATION} ${EVIDENCE}`)}
    }
  }`,
  neighbourhood: `query Neighbourhood($key: String!) {
    entities(where: { key: { eq: $key } }) { ${ENTITY} }
    neighbourhood(key: $key, depth: ${LIMITS.neighbourhoodDepth}, limit: ${LIMITS.neighbourhoodLimit}, perEntity: ${LIMITS.neighbourhoodPerEntity}) {
      ${RELATION}
    }
  }`,
  // The server's statement fixes maxHops and first (LIMITS.pathHops, LIMITS.paths): Cypher takes them only as literals.
  paths: `query Paths($from: String!, $to: String!) {
    paths(from: $from, to: $to, maxDegree: ${LIMITS.pathMaxDegree}) { ${RELATION} }
  }`,
};

interface EntityData {
  key: string;
  name: string;
  __typename: string;
}
interface RelationData {
  id: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  subject: EntityData;
  object: EntityData;
  evidenceConnection?: { edges: { properties: { quote: string | null }; node: { key: string; title: string | null; publishedAt: string | null } }[] };
}
type EntityWithRelations = EntityData & { subjectOf: RelationData[]; objectOf: RelationData[] };
type Data = {
  entities?: (EntityData & Partial<EntityWithRelations>)[];
  search?: EntityData[];
  relations?: RelationData[];
  neighbourhood?: RelationData[];
  paths?: RelationData[];
  relationsAsOf?: RelationData[];
};

/** The project's EntityKind from the GraphQL type, which is named after the kind label. */
function brief(entity: EntityData): EntityBrief {
  const kind = kindOfLabel(entity.__typename);
  if (!kind) throw new Error(`entity '${entity.key}' has the unknown type ${entity.__typename}`);
  return { key: entity.key, name: entity.name, kind };
}

/** Nulls last, as Neo4j sorts them in ascending order. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function timeOrder(a: RelationData, b: RelationData): number {
  return compareNullable(a.validFrom, b.validFrom) || compareNullable(a.validTo, b.validTo) || compareNullable(a.id, b.id);
}

/**
 * The first `first` relations of both pages in time order: what one page over both directions holds.
 * Each page is the first `first` of its own direction, so together they hold the first `first` of
 * both; a relation with the entity at both ends is in both pages and is kept once.
 */
function bothDirections(entity: EntityWithRelations, first: number): RelationData[] {
  const byId = new Map([...entity.subjectOf, ...entity.objectOf].map((relation) => [relation.id, relation]));
  return [...byId.values()].sort(timeOrder).slice(0, first);
}

export function neo4jGraphqlAnswer(request: MixRequest, body: unknown): Answer {
  const data = graphqlData<Data>(request, body);
  const answer = new AnswerBuilder();
  const relation = (node: RelationData) => {
    const id = answer.relation({ ...node, subject: brief(node.subject), object: brief(node.object) });
    for (const { properties, node: source } of node.evidenceConnection?.edges ?? []) {
      answer.supportedBy({ relation: id, quote: properties.quote, source });
    }
    return id;
  };
  const first = request.query === 'evidence' ? LIMITS.relationsWithEvidence : LIMITS.relationsAsOf;
  for (const entity of data.entities ?? []) {
    answer.entity(brief(entity));
    if (entity.subjectOf && entity.objectOf) bothDirections(entity as EntityWithRelations, first).forEach(relation);
  }
  for (const entity of data.search ?? []) answer.entity(brief(entity));
  for (const found of data.relations ?? []) relation(found);
  data.neighbourhood?.forEach(relation);
  data.relationsAsOf?.forEach(relation);
  if (data.paths && request.query === 'paths') splitPaths(answer, data.paths, request.variables, relation);
  return answer.build({ relationsInOrder: RELATIONS_IN_ORDER[request.query] });
}

/**
 * The paths field answers the relations of every path one after the other. Each path starts at
 * `from` and never passes an entity twice, so it ends at the first relation that reaches `to`.
 */
function splitPaths(answer: AnswerBuilder, relations: RelationData[], ends: { from: string; to: string }, add: (relation: RelationData) => string) {
  let path = { entities: [ends.from], relations: [] as string[] };
  for (const hop of relations) {
    const here = path.entities.at(-1)!;
    if (hop.subject.key !== here && hop.object.key !== here) throw new Error(`paths: relation ${hop.id} does not continue from ${here}`);
    const next = hop.subject.key === here ? hop.object.key : hop.subject.key;
    path.entities.push(next);
    path.relations.push(add(hop));
    if (next === ends.to) {
      answer.path(path);
      path = { entities: [ends.from], relations: [] };
    }
  }
  if (path.relations.length > 0) throw new Error(`paths: the last path does not reach ${ends.to}`);
}

function variables(request: MixRequest): Record<string, unknown> {
  if (request.query !== 'search') return request.variables;
  const phrase = fulltextQuery(request.variables.text);
  // Server (a) answers such a text with no entities without asking Neo4j; the mix never sends one.
  if (phrase === null) throw new Error(`search: '${request.variables.text}' holds no word to search for`);
  return { phrase, typed: typedName(request.variables.text) };
}

export const neo4jGraphqlServer: BenchServer = {
  id: 'd',
  name: '@neo4j/graphql 7.6.3',
  program: { script: 'bench/compare/servers/neo4j-graphql-server.ts' },
  request: (request) => graphqlRequest(DOCUMENTS[request.query], variables(request)),
  answer: neo4jGraphqlAnswer,
  statementsRun: statementsEndpoint,
};
