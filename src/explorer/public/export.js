// @ts-check
/**
 * "Export": what is on screen as a Cytoscape.js JSON file, built here rather than asked of the
 * server's /export/cytoscape. The server exports one neighbourhood or one set of paths; the screen is
 * often more (a neighbourhood plus the entities expanded since, minus the kinds filtered out), and only
 * the page knows where each node was drawn. The fields follow the server's export, so either file
 * opens the same way (`cy.add(elements)`, Cytoscape Desktop's JSON import).
 */

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').Relation} Relation */

/** @param {cytoscape.Core} cy @param {string} link the address that reproduces the view */
export function onScreenAsCytoscape(cy, link) {
  const nodes = cy.nodes(':visible');
  // An edge whose end is filtered out is not drawn, so it is not exported either.
  const edges = cy.edges(':visible');
  return {
    data: { exportedFrom: link, exportedAt: new Date().toISOString() },
    elements: {
      nodes: nodes.map((node) => {
        const entity = /** @type {Entity} */ (node.data('entity'));
        const { x, y } = node.position();
        return {
          data: { id: entity.key, label: entity.name, name: entity.name, kind: entity.kind, description: entity.description },
          position: { x: Math.round(x), y: Math.round(y) },
        };
      }),
      edges: edges.map((edge) => {
        const relation = /** @type {Relation} */ (edge.data('relation'));
        return {
          data: {
            id: relation.id,
            source: relation.subject.key,
            target: relation.object.key,
            label: relation.type,
            type: relation.type,
            validFrom: relation.validFrom,
            validTo: relation.validTo,
            evidence: relation.evidence.map(({ source, quote }) => ({ source: source.key, title: source.title, quote })),
          },
        };
      }),
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
