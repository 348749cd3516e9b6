import { stringify } from 'csv-stringify/sync';
import { create } from 'xmlbuilder2';
import type { StoredEntity } from '../model/entity.js';
import { QUALIFIER_KINDS, QUALIFIERS, type EvidenceRecord, type Qualifier, type StoredRelation } from '../model/relation.js';
import type { ExportFormat } from './export-request.js';

/**
 * Writes a subgraph in the formats analysts' tools read: GraphML (Gephi, yEd, NetworkX),
 * Cytoscape.js elements JSON, and CSV tables with Gephi's column names (an edge list, and a node
 * list to load beside it). Every format carries the same nodes and edges; a node its name as its label;
 * an edge its type as its label, its dates with their precision, every qualifier it has (votes,
 * share, turnout, seats, role, …) and the sources and words that back it.
 */

export interface ExportGraph {
  nodes: StoredEntity[];
  edges: (StoredRelation & { evidence: EvidenceRecord[] })[];
  truncated: boolean;
}

export interface Rendered {
  body: string;
  contentType: string;
  extension: string;
}

export function render(graph: ExportGraph, format: ExportFormat): Rendered {
  switch (format) {
    case 'graphml':
      return { body: toGraphML(graph), contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' };
    case 'cytoscape':
      return { body: JSON.stringify(toCytoscape(graph), null, 2), contentType: 'application/json; charset=utf-8', extension: 'cyjs' };
    case 'csv':
      return { body: toCsvEdgeList(graph), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'nodes-csv':
      return { body: toCsvNodeList(graph), contentType: 'text/csv; charset=utf-8', extension: 'nodes.csv' };
  }
}

/** Attributes declared once, as GraphML asks, and written on every node or edge that has a value. */
const NODE_ATTRIBUTES = ['label', 'name', 'kind', 'subKind', 'description', 'aliases'] as const;
const EDGE_ATTRIBUTES = ['label', 'type', 'validFrom', 'validFromPrecision', 'validTo', 'validToPrecision', 'confidence', 'context', ...QUALIFIERS, 'sources', 'quote'] as const;
type EdgeAttribute = (typeof EDGE_ATTRIBUTES)[number];

/** GraphML's attribute types: counts are integers, fractions and confidence doubles, `elected` a boolean. */
const GRAPHML_TYPES: Partial<Record<EdgeAttribute, string>> = {
  confidence: 'double',
  ...Object.fromEntries(QUALIFIERS.map((name) => [name, { text: 'string', count: 'int', fraction: 'double', flag: 'boolean' }[QUALIFIER_KINDS[name]]])),
};

function nodeValues(node: StoredEntity): Record<(typeof NODE_ATTRIBUTES)[number], string | null> {
  return {
    label: node.name,
    name: node.name,
    kind: node.kind,
    subKind: node.subKind,
    description: node.description,
    aliases: node.aliases.length > 0 ? node.aliases.join('; ') : null,
  };
}

function edgeValues(edge: ExportGraph['edges'][number]): Record<EdgeAttribute, string | null> {
  return {
    label: edge.type,
    type: edge.type,
    validFrom: edge.validFrom?.date ?? null,
    validFromPrecision: edge.validFrom?.precision ?? null,
    validTo: edge.validTo?.date ?? null,
    validToPrecision: edge.validTo?.precision ?? null,
    confidence: String(edge.confidence),
    context: edge.context,
    ...qualifierValues(edge),
    sources: [...new Set(edge.evidence.map((evidence) => evidence.source))].join('; ') || null,
    quote: edge.evidence.find((evidence) => evidence.quote)?.quote ?? null,
  };
}

function qualifierValues(edge: ExportGraph['edges'][number]): Record<Qualifier, string | null> {
  return Object.fromEntries(QUALIFIERS.map((name) => [name, edge[name] === undefined || edge[name] === null ? null : String(edge[name])])) as Record<Qualifier, string | null>;
}

export function toGraphML(graph: ExportGraph): string {
  // Characters XML 1.0 cannot carry become U+FFFD instead of making the file unreadable.
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' }).ele(
    'http://graphml.graphdrawing.org/xmlns',
    'graphml',
  );
  for (const name of NODE_ATTRIBUTES) {
    root.ele('key', { id: `node.${name}`, for: 'node', 'attr.name': name, 'attr.type': 'string' }).up();
  }
  for (const name of EDGE_ATTRIBUTES) {
    root.ele('key', { id: `edge.${name}`, for: 'edge', 'attr.name': name, 'attr.type': GRAPHML_TYPES[name] ?? 'string' }).up();
  }
  const drawing = root.ele('graph', { id: 'political-graph', edgedefault: 'directed' });
  for (const node of graph.nodes) {
    const element = drawing.ele('node', { id: node.key });
    writeData(element, 'node', nodeValues(node));
  }
  for (const edge of graph.edges) {
    const element = drawing.ele('edge', { id: edge.id, source: edge.subject, target: edge.object });
    writeData(element, 'edge', edgeValues(edge));
  }
  return root.end({ prettyPrint: true });
}

function writeData(element: ReturnType<ReturnType<typeof create>['ele']>, scope: 'node' | 'edge', values: Record<string, string | null>) {
  for (const [name, value] of Object.entries(values)) {
    if (value !== null) element.ele('data', { key: `${scope}.${name}` }).txt(value).up();
  }
}

/** Cytoscape.js elements: `cy.add(elements)` or Cytoscape Desktop's JSON import read it as is. */
export function toCytoscape(graph: ExportGraph) {
  return {
    data: { truncated: graph.truncated },
    elements: {
      nodes: graph.nodes.map((node) => ({ data: { id: node.key, ...nodeValues(node) } })),
      edges: graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.subject,
          target: edge.object,
          ...edgeValues(edge),
          // Numbers as numbers where a JSON reader expects them.
          ...Object.fromEntries(QUALIFIERS.filter((name) => typeof edge[name] === 'number' || typeof edge[name] === 'boolean').map((name) => [name, edge[name]])),
          confidence: edge.confidence,
          evidence: edge.evidence.map(({ source, quote }) => ({ source, quote })),
        },
      })),
    },
  };
}

/**
 * An edge list with Gephi's column names (Source, Target, Type, Id, Label). Text that a spreadsheet
 * would run as a formula (starting with =, +, -, @) is prefixed with an apostrophe.
 */
export function toCsvEdgeList(graph: ExportGraph): string {
  const names = new Map(graph.nodes.map((node) => [node.key, node.name]));
  const rows = graph.edges.map((edge) => {
    const values = edgeValues(edge);
    return {
      Source: edge.subject,
      Target: edge.object,
      Type: 'Directed',
      Id: edge.id,
      Label: edge.type,
      source_name: names.get(edge.subject) ?? null,
      target_name: names.get(edge.object) ?? null,
      valid_from: values.validFrom,
      valid_from_precision: values.validFromPrecision,
      valid_to: values.validTo,
      valid_to_precision: values.validToPrecision,
      confidence: edge.confidence,
      context: values.context,
      ...Object.fromEntries(QUALIFIERS.map((name) => [name, values[name]])),
      evidence_sources: values.sources,
      first_quote: values.quote,
    };
  });
  return stringify(rows, {
    header: true,
    columns: [
      'Source', 'Target', 'Type', 'Id', 'Label', 'source_name', 'target_name', 'valid_from', 'valid_from_precision', 'valid_to',
      'valid_to_precision', 'confidence', 'context', ...QUALIFIERS, 'evidence_sources', 'first_quote',
    ],
    cast: { string: neutraliseFormula },
  });
}

/** The nodes of the same subgraph, with Gephi's column names (Id, Label), to import beside the edge list. */
export function toCsvNodeList(graph: ExportGraph): string {
  const rows = graph.nodes.map((node) => {
    const values = nodeValues(node);
    return { Id: node.key, Label: node.name, kind: values.kind, sub_kind: values.subKind, description: values.description, aliases: values.aliases };
  });
  return stringify(rows, { header: true, columns: ['Id', 'Label', 'kind', 'sub_kind', 'description', 'aliases'], cast: { string: neutraliseFormula } });
}

function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
