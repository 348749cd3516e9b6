import { complexityFromQuery } from '@pothos/plugin-complexity';
import { parse, type GraphQLSchema } from 'graphql';
import type { ExportRequest } from './export-request.js';

/**
 * What an export costs, counted as the GraphQL query asking for the same graph would be: the export's
 * parameters become that query's variables, so the complexity estimate, its limit and the heavy lane
 * treat a file exactly as the same question asked at /graphql. Each document selects what the export
 * formats write (export-formats.ts).
 */
const EXPORT_QUERIES = {
  neighbourhood: parse(`
    query NeighbourhoodExport($key: String!, $depth: Int, $limit: Int, $perEntity: Int, $types: [RelationType!], $asOf: Date, $knownAt: DateTime) {
      neighbourhood(key: $key, depth: $depth, limit: $limit, perEntity: $perEntity, types: $types, asOf: $asOf, knownAt: $knownAt) {
        truncated
        nodes { key name kind description aliases }
        edges { key type validFrom validTo confidence subject { key } object { key } context { key } evidence { quote source { key } } }
      }
    }`),
  paths: parse(`
    query PathsExport($from: String!, $to: String!, $maxHops: Int, $maxDegree: Int, $first: Int, $types: [RelationType!], $asOf: Date, $knownAt: DateTime) {
      paths(from: $from, to: $to, maxHops: $maxHops, maxDegree: $maxDegree, first: $first, types: $types, asOf: $asOf, knownAt: $knownAt) {
        entities { key name kind description aliases }
        relations { key type validFrom validTo confidence subject { key } object { key } context { key } evidence { quote source { key } } }
      }
    }`),
} as const;

export function exportComplexity(schema: GraphQLSchema, request: ExportRequest): number {
  // Parameters left out are left out of the variables, so that the fields' defaults count.
  const variables = Object.fromEntries(Object.entries(request.args).filter(([, value]) => value !== undefined && value !== null));
  return complexityFromQuery(EXPORT_QUERIES[request.view], { schema, ctx: {}, variables }).complexity;
}
