// @ts-check
/**
 * "Export": what is on screen as a Cytoscape.js JSON file, built here rather than asked of the
 * server's /export/cytoscape. The server exports one neighbourhood or one set of paths; the screen is
 * often more (a neighbourhood plus the entities expanded since, minus the kinds filtered out), and only
 * the page knows where each node was drawn. Each element carries the fields the server's export writes
 * (toCytoscape in src/exploration/export-formats.ts), from the same API fields, so either file opens
 * the same way (`cy.add(elements)`, Cytoscape Desktop's JSON import); the page adds positions and the link.
 */

import { QUALIFIERS } from './model.js';

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').Relation} Relation */

/** @param {Entity} entity */
function nodeData(entity) {
  return {
    id: entity.key,
    label: entity.name,
    name: entity.name,
    kind: entity.kind,
    subKind: entity.subKind,
    description: entity.description,
    aliases: entity.aliases.length > 0 ? entity.aliases.join('; ') : null,
  };
}

/** @param {Relation} relation */
function edgeData(relation) {
  const qualifiers = Object.fromEntries(
    QUALIFIERS.map((name) => {
      const value = relation[name];
      // As the server writes them: text as text, numbers and flags as themselves, absent as null.
      return [name, value ?? null];
    }),
  );
  return {
    id: relation.id,
    source: relation.subject.key,
    target: relation.object.key,
    label: relation.type,
    type: relation.type,
    validFrom: relation.validFrom,
    validFromPrecision: relation.validFromPrecision,
    validTo: relation.validTo,
    validToPrecision: relation.validToPrecision,
    confidence: relation.confidence,
    context: relation.context?.key ?? null,
    ...qualifiers,
    sources: [...new Set(relation.evidence.map((evidence) => evidence.source.key))].join('; ') || null,
    quote: relation.evidence.find((evidence) => evidence.quote)?.quote ?? null,
    evidence: relation.evidence.map(({ source, quote }) => ({ source: source.key, quote })),
  };
}

/**
 * @param {cytoscape.Core} cy @param {string} link the address that reproduces the view
 * @param {boolean} truncated whether an answer drawn left relations out
 */
export function onScreenAsCytoscape(cy, link, truncated) {
  const nodes = cy.nodes(':visible');
  // An edge whose end is filtered out is not drawn, so it is not exported either.
  const edges = cy.edges(':visible');
  return {
    data: { truncated, exportedFrom: link, exportedAt: new Date().toISOString() },
    elements: {
      nodes: nodes.map((node) => {
        const { x, y } = node.position();
        return { data: nodeData(node.data('entity')), position: { x: Math.round(x), y: Math.round(y) } };
      }),
      edges: edges.map((edge) => ({ data: edgeData(edge.data('relation')) })),
    },
  };
}

/** Hands the browser a file to save, without a round trip to the server. @param {string} name @param {string} text */
export function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the download may not have read the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
