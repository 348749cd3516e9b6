// @ts-check
/**
 * The explorer's questions to the GraphQL API, and nothing else: every entity and relation it draws
 * comes from here. GraphQL and HTTP errors become exceptions carrying the server's own words.
 */

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').Subgraph} Subgraph */
/** @typedef {import('./model.js').Path} Path */
/** @typedef {import('./model.js').RelationType} RelationType */

/** Most relations asked for at once; the API says when there were more. */
const LIMIT = 150;
/** Most paths asked for: a few alternatives explain a connection, dozens would bury it. */
const PATHS = 5;
/** Paths pass only through entities with at most this many relations (sent, so the page can say it). */
export const MAX_DEGREE = 500;

// Everything /export/cytoscape writes is asked for, so that the page's export has the same fields.
const ENTITY_FIELDS = `key name kind description aliases
  ... on Election { electionKind } ... on Organization { orgKind } ... on Place { placeKind }`;
const RELATION_FIELDS = `id type subject { key } object { key } context { key }
  validFrom validFromPrecision validTo validToPrecision confidence
  role option note votes seats electorate majority share turnout elected
  evidence { quote confidence source { key title url publisher publishedAt } }`;

const SEARCH = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) { edges { node { ${ENTITY_FIELDS} } } }
}`;

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($key: String!, $depth: Int!, $asOf: Date, $limit: Int!, $types: [RelationType!]) {
  neighbourhood(key: $key, depth: $depth, asOf: $asOf, limit: $limit, types: $types) {
    truncated
    hubs { name }
    nodes { ${ENTITY_FIELDS} }
    edges { ${RELATION_FIELDS} }
  }
}`;

// The two ends are asked for as well, so that a search that finds nothing can still name and draw them.
const CONNECTIONS = `query ExplorerPaths($from: String!, $to: String!, $maxHops: Int!, $first: Int!, $maxDegree: Int!, $asOf: Date, $types: [RelationType!]) {
  from: entity(key: $from) { ${ENTITY_FIELDS} }
  to: entity(key: $to) { ${ENTITY_FIELDS} }
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first, maxDegree: $maxDegree, asOf: $asOf, types: $types) {
    length
    entities { ${ENTITY_FIELDS} }
    relations { ${RELATION_FIELDS} }
  }
}`;

const endpoint = document.body.dataset['graphql'] ?? '/graphql';

export function graphqlEndpoint() {
  return endpoint;
}

/**
 * @template T @param {string} query @param {Record<string, unknown>} variables @returns {Promise<T>}
 */
async function graphql(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  /** @type {{ data?: T | null, errors?: { message: string }[] }} */
  const body = await response.json().catch(() => ({}));
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join(' '));
  if (!response.ok || !body.data) throw new Error(`The GraphQL API answered ${response.status} ${response.statusText}`);
  return body.data;
}

/** @param {string} text @returns {Promise<Entity[]>} */
export async function search(text) {
  /** @type {{ search: { edges: { node: Entity }[] } }} */
  const data = await graphql(SEARCH, { query: text });
  return data.search.edges.map((edge) => withSubKind(edge.node));
}

/**
 * @param {{ key: string, depth: number, asOf: string | null, types: RelationType[] | null }} question
 * @returns {Promise<Subgraph>}
 */
export async function neighbourhood({ key, depth, asOf, types }) {
  /** @type {{ neighbourhood: Subgraph }} */
  const data = await graphql(NEIGHBOURHOOD, { key, depth, asOf, types, limit: LIMIT });
  return { ...data.neighbourhood, nodes: data.neighbourhood.nodes.map(withSubKind) };
}

/**
 * @param {{ from: string, to: string, maxHops: number, asOf: string | null, types: RelationType[] | null }} question
 * @returns {Promise<{ from: Entity | null, to: Entity | null, paths: Path[] }>}
 */
export async function connections({ from, to, maxHops, asOf, types }) {
  /** @type {{ from: Entity | null, to: Entity | null, paths: Path[] }} */
  const data = await graphql(CONNECTIONS, { from, to, maxHops, asOf, types, first: PATHS, maxDegree: MAX_DEGREE });
  return {
    from: data.from && withSubKind(data.from),
    to: data.to && withSubKind(data.to),
    paths: data.paths.map((path) => ({ ...path, entities: path.entities.map(withSubKind) })),
  };
}

/**
 * The kind-specific sub-kind (electionKind, orgKind, placeKind) under the one name the exports use.
 * @param {Entity & { electionKind?: string | null, orgKind?: string | null, placeKind?: string | null }} entity
 * @returns {Entity}
 */
function withSubKind({ electionKind, orgKind, placeKind, ...entity }) {
  return { ...entity, subKind: electionKind ?? orgKind ?? placeKind ?? null };
}
