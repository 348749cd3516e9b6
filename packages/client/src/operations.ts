import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { graphql } from './generated/index.js';

/**
 * The operations apps need, as typed documents. graphql-codegen reads the `graphql(...)` calls in
 * this file and generates the result and variable types of each (npm run codegen).
 */

/** A GraphQL document that knows its result and variables types; its text is `toString()`. */
export type ClientDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

/** Exposes a generated document under the narrow public type, leaving the generator's internals out. */
const typed = <Result, Variables>(document: ClientDocument<Result, Variables>): ClientDocument<Result, Variables> =>
  document;

export const entitySummaryFragment = typed(graphql(`
  fragment EntitySummary on Entity {
    id
    key
    name
    kind
    description
  }
`));

export const relationWithEvidenceFragment = typed(graphql(`
  fragment RelationWithEvidence on Relation {
    id
    key
    type
    subject { ...EntitySummary }
    object { ...EntitySummary }
    context { ...EntitySummary }
    validFrom
    validTo
    confidence
    role
    votes
    share
    option
    seats
    note
    evidence {
      quote
      confidence
      source { key title publisher publishedAt url }
    }
  }
`));

export const searchQuery = typed(graphql(`
  query Search($query: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...EntitySummary } }
    }
  }
`));

export const entityRelationsQuery = typed(graphql(`
  query EntityRelations($key: String!, $asOf: Date, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {
    entity(key: $key) {
      ...EntitySummary
      relations(asOf: $asOf, types: $types, direction: $direction, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...RelationWithEvidence } }
      }
    }
  }
`));

export const officeHolderQuery = typed(graphql(`
  query OfficeHolder($office: String!, $asOf: Date!) {
    entity(key: $office) {
      ...EntitySummary
      ... on Office {
        holder(asOf: $asOf) { ...EntitySummary }
      }
    }
    relations(filter: { object: $office, types: [HOLDS_OFFICE], asOf: $asOf }) {
      edges { node { ...RelationWithEvidence } }
    }
  }
`));

export const relationEvidenceQuery = typed(graphql(`
  query RelationEvidence($id: ID!) {
    node(id: $id) {
      ... on Relation { ...RelationWithEvidence }
    }
  }
`));

export const pathsQuery = typed(graphql(`
  query Paths($from: String!, $to: String!, $maxHops: Int, $asOf: Date, $types: [RelationType!], $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, types: $types, first: $first) {
      length
      entities { ...EntitySummary }
      relations { ...RelationWithEvidence }
    }
  }
`));

export const neighbourhoodQuery = typed(graphql(`
  query Neighbourhood($key: String!, $depth: Int, $asOf: Date, $types: [RelationType!], $limit: Int) {
    neighbourhood(key: $key, depth: $depth, asOf: $asOf, types: $types, limit: $limit) {
      truncated
      nodes { ...EntitySummary }
      edges { ...RelationWithEvidence }
    }
  }
`));
