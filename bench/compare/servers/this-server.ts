import { AnswerBuilder, LIMITS, RELATIONS_IN_ORDER, type Answer, type EntityBrief, type MixRequest, type QueryName } from '../mix.js';
import { graphqlData, graphqlRequest, type BenchServer } from './server.js';

/**
 * (a) this server, started as `npm start` starts it but with the per-client limits off, and (c) the same with its DataLoaders told not
 * to batch or cache (LOADER_BATCHING=false): every field then loads on its own, the N+1 baseline.
 */

const ENTITY = 'key name kind';
const RELATION = `key type validFrom validTo subject { ${ENTITY} } object { ${ENTITY} }`;

export const DOCUMENTS: Record<QueryName, string> = {
  'entity-as-of': `query EntityAsOf($key: String!, $asOf: Date!) {
    entity(key: $key) { ${ENTITY} relations(asOf: $asOf, first: ${LIMITS.relationsAsOf}) { edges { node { ${RELATION} } } } }
  }`,
  search: `query Search($text: String!) {
    search(query: $text, first: ${LIMITS.search}) { edges { node { ${ENTITY} } } }
  }`,
  'office-holders': `query OfficeHolders($office: String!) {
    relations(filter: { object: $office, types: [HOLDS_OFFICE] }, first: ${LIMITS.officeHolders}) { edges { node { ${RELATION} } } }
  }`,
  evidence: `query RelationsWithEvidence($key: String!) {
    entity(key: $key) {
      ${ENTITY}
      relations(first: ${LIMITS.relationsWithEvidence}) {
        edges { node { ${RELATION} evidence { quote source { key title publishedAt } } } }
      }
    }
  }`,
  neighbourhood: `query Neighbourhood($key: String!) {
    neighbourhood(key: $key, depth: ${LIMITS.neighbourhoodDepth}, limit: ${LIMITS.neighbourhoodLimit}, perEntity: ${LIMITS.neighbourhoodPerEntity}) {
      nodes { ${ENTITY} }
      edges { ${RELATION} }
    }
  }`,
  paths: `query Paths($from: String!, $to: String!) {
    paths(from: $from, to: $to, maxHops: ${LIMITS.pathHops}, first: ${LIMITS.paths}, maxDegree: ${LIMITS.pathMaxDegree}) {
      entities { ${ENTITY} }
      relations { ${RELATION} }
    }
  }`,
};

interface RelationData {
  key: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  subject: EntityBrief;
  object: EntityBrief;
  evidence?: { quote: string | null; source: { key: string; title: string | null; publishedAt: string | null } }[];
}
type Data = {
  entity?: (EntityBrief & { relations: { edges: { node: RelationData }[] } }) | null;
  search?: { edges: { node: EntityBrief }[] };
  relations?: { edges: { node: RelationData }[] };
  neighbourhood?: { nodes: EntityBrief[]; edges: RelationData[] };
  paths?: { entities: EntityBrief[]; relations: RelationData[] }[];
};

/** Reads a response of this schema, batched or not: both answer the same documents. */
export function answerOf(request: MixRequest, body: unknown): Answer {
  const data = graphqlData<Data>(request, body);
  const answer = new AnswerBuilder();
  const relation = (node: RelationData) => {
    const id = answer.relation({ ...node, id: node.key });
    for (const evidence of node.evidence ?? []) answer.supportedBy({ relation: id, ...evidence });
    return id;
  };
  if (data.entity) {
    answer.entity(data.entity);
    for (const { node } of data.entity.relations.edges) relation(node);
  }
  for (const { node } of data.search?.edges ?? []) answer.entity(node);
  for (const { node } of data.relations?.edges ?? []) relation(node);
  if (data.neighbourhood) {
    for (const node of data.neighbourhood.nodes) answer.entity(node);
    for (const edge of data.neighbourhood.edges) relation(edge);
  }
  for (const path of data.paths ?? []) {
    answer.path({ entities: path.entities.map((entity) => answer.entity(entity)), relations: path.relations.map(relation) });
  }
  return answer.build({ relationsInOrder: RELATIONS_IN_ORDER[request.query] });
}

/** Sums the server's own count of the statements it ran, from its Prometheus metrics. */
async function statementsFromMetrics(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/metrics`);
  if (!response.ok) throw new Error(`GET ${baseUrl}/metrics answered ${response.status}`);
  let total = 0;
  for (const line of (await response.text()).split('\n')) {
    if (line.startsWith('neo4j_statement_duration_seconds_count')) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}

/**
 * The load comes from one address, so the per-client limits (8 in flight, 60 s of request time a
 * minute) would answer most of it 429 and measure the limiter, not the server: they are off here, and
 * measured by `npm run bench:amplification` instead.
 */
const ONE_CLIENT = { CLIENT_CONCURRENCY: '0' };

const common = {
  program: { script: 'src/server.ts', env: ONE_CLIENT },
  request: (request: MixRequest) => graphqlRequest(DOCUMENTS[request.query], request.variables),
  answer: answerOf,
  statementsRun: statementsFromMetrics,
};

export const thisServer: BenchServer = { id: 'a', name: 'this server', ...common };

export const unbatched: BenchServer = {
  id: 'c',
  name: 'this schema, batching off',
  ...common,
  program: { script: 'src/server.ts', env: { ...ONE_CLIENT, LOADER_BATCHING: 'false' } },
};
