/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    key\n    name\n    kind\n    description\n  }\n": typeof types.EntitySummaryFragmentDoc,
    "\n  fragment RelationWithEvidence on Relation {\n    id\n    key\n    type\n    subject { ...EntitySummary }\n    object { ...EntitySummary }\n    context { ...EntitySummary }\n    validFrom\n    validTo\n    confidence\n    role\n    votes\n    share\n    option\n    seats\n    note\n    evidence {\n      quote\n      confidence\n      source { key title publisher publishedAt url }\n    }\n  }\n": typeof types.RelationWithEvidenceFragmentDoc,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...EntitySummary } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query EntityRelations($key: String!, $asOf: Date, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {\n    entity(key: $key) {\n      ...EntitySummary\n      relations(asOf: $asOf, types: $types, direction: $direction, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...RelationWithEvidence } }\n      }\n    }\n  }\n": typeof types.EntityRelationsDocument,
    "\n  query OfficeHolder($office: String!, $asOf: Date!) {\n    entity(key: $office) {\n      ...EntitySummary\n      ... on Office {\n        holder(asOf: $asOf) { ...EntitySummary }\n      }\n    }\n    relations(filter: { object: $office, types: [HOLDS_OFFICE], asOf: $asOf }) {\n      edges { node { ...RelationWithEvidence } }\n    }\n  }\n": typeof types.OfficeHolderDocument,
    "\n  query RelationEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Relation { ...RelationWithEvidence }\n    }\n  }\n": typeof types.RelationEvidenceDocument,
    "\n  query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: Date, $types: [RelationType!], $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, types: $types, first: $first) {\n      length\n      entities { ...EntitySummary }\n      relations { ...RelationWithEvidence }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query Neighbourhood($key: String!, $depth: Int, $asOf: Date, $types: [RelationType!], $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, asOf: $asOf, types: $types, limit: $limit) {\n      truncated\n      nodes { ...EntitySummary }\n      edges { ...RelationWithEvidence }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
};
const documents: Documents = {
    "\n  fragment EntitySummary on Entity {\n    id\n    key\n    name\n    kind\n    description\n  }\n": types.EntitySummaryFragmentDoc,
    "\n  fragment RelationWithEvidence on Relation {\n    id\n    key\n    type\n    subject { ...EntitySummary }\n    object { ...EntitySummary }\n    context { ...EntitySummary }\n    validFrom\n    validTo\n    confidence\n    role\n    votes\n    share\n    option\n    seats\n    note\n    evidence {\n      quote\n      confidence\n      source { key title publisher publishedAt url }\n    }\n  }\n": types.RelationWithEvidenceFragmentDoc,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...EntitySummary } }\n    }\n  }\n": types.SearchDocument,
    "\n  query EntityRelations($key: String!, $asOf: Date, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {\n    entity(key: $key) {\n      ...EntitySummary\n      relations(asOf: $asOf, types: $types, direction: $direction, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...RelationWithEvidence } }\n      }\n    }\n  }\n": types.EntityRelationsDocument,
    "\n  query OfficeHolder($office: String!, $asOf: Date!) {\n    entity(key: $office) {\n      ...EntitySummary\n      ... on Office {\n        holder(asOf: $asOf) { ...EntitySummary }\n      }\n    }\n    relations(filter: { object: $office, types: [HOLDS_OFFICE], asOf: $asOf }) {\n      edges { node { ...RelationWithEvidence } }\n    }\n  }\n": types.OfficeHolderDocument,
    "\n  query RelationEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Relation { ...RelationWithEvidence }\n    }\n  }\n": types.RelationEvidenceDocument,
    "\n  query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: Date, $types: [RelationType!], $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, types: $types, first: $first) {\n      length\n      entities { ...EntitySummary }\n      relations { ...RelationWithEvidence }\n    }\n  }\n": types.PathsDocument,
    "\n  query Neighbourhood($key: String!, $depth: Int, $asOf: Date, $types: [RelationType!], $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, asOf: $asOf, types: $types, limit: $limit) {\n      truncated\n      nodes { ...EntitySummary }\n      edges { ...RelationWithEvidence }\n    }\n  }\n": types.NeighbourhoodDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntitySummary on Entity {\n    id\n    key\n    name\n    kind\n    description\n  }\n"): typeof import('./graphql.js').EntitySummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationWithEvidence on Relation {\n    id\n    key\n    type\n    subject { ...EntitySummary }\n    object { ...EntitySummary }\n    context { ...EntitySummary }\n    validFrom\n    validTo\n    confidence\n    role\n    votes\n    share\n    option\n    seats\n    note\n    evidence {\n      quote\n      confidence\n      source { key title publisher publishedAt url }\n    }\n  }\n"): typeof import('./graphql.js').RelationWithEvidenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...EntitySummary } }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRelations($key: String!, $asOf: Date, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {\n    entity(key: $key) {\n      ...EntitySummary\n      relations(asOf: $asOf, types: $types, direction: $direction, first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { ...RelationWithEvidence } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').EntityRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficeHolder($office: String!, $asOf: Date!) {\n    entity(key: $office) {\n      ...EntitySummary\n      ... on Office {\n        holder(asOf: $asOf) { ...EntitySummary }\n      }\n    }\n    relations(filter: { object: $office, types: [HOLDS_OFFICE], asOf: $asOf }) {\n      edges { node { ...RelationWithEvidence } }\n    }\n  }\n"): typeof import('./graphql.js').OfficeHolderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationEvidence($id: ID!) {\n    node(id: $id) {\n      ... on Relation { ...RelationWithEvidence }\n    }\n  }\n"): typeof import('./graphql.js').RelationEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: Date, $types: [RelationType!], $first: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, types: $types, first: $first) {\n      length\n      entities { ...EntitySummary }\n      relations { ...RelationWithEvidence }\n    }\n  }\n"): typeof import('./graphql.js').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($key: String!, $depth: Int, $asOf: Date, $types: [RelationType!], $limit: Int) {\n    neighbourhood(key: $key, depth: $depth, asOf: $asOf, types: $types, limit: $limit) {\n      truncated\n      nodes { ...EntitySummary }\n      edges { ...RelationWithEvidence }\n    }\n  }\n"): typeof import('./graphql.js').NeighbourhoodDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
