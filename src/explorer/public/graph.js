// @ts-check
/**
 * The drawing: Cytoscape.js (loaded before the modules as the global `cytoscape`) and what is on it.
 * Where things go is layout.js's business.
 */

import { KINDS, relationLabel } from './model.js';

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').EntityKind} EntityKind */
/** @typedef {import('./model.js').Relation} Relation */

/** Readable zoom at most: a small graph is centred rather than blown up to fill the space. */
const MAX_FIT_ZOOM = 1.2;
export const PADDING = 40;

/** @param {HTMLElement} container */
export function createGraph(container) {
  return cytoscape({
    container,
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(name)',
          'background-color': (node) => KINDS[/** @type {Entity} */ (node.data('entity')).kind].colour,
          shape: (node) => KINDS[/** @type {Entity} */ (node.data('entity')).kind].shape,
          width: 30,
          height: 30,
          'font-size': 13,
          color: '#1d2733',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': '130px',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': '2px',
        },
      },
      { selector: 'node.start, node.end', style: { width: 42, height: 42, 'font-weight': 'bold' } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733' } },
      // Filtered out, not removed: the element keeps its place for when the filter is lifted.
      { selector: '.filtered', style: { display: 'none' } },
      {
        selector: 'edge',
        style: {
          label: 'data(label)',
          'curve-style': 'bezier',
          'control-point-step-size': 36,
          'target-arrow-shape': 'triangle',
          width: 1.5,
          'line-color': '#9aa6b2',
          'target-arrow-color': '#9aa6b2',
          'font-size': 10,
          // Unreadably small labels are left out when zoomed out; zooming in brings them back.
          'min-zoomed-font-size': 7,
          color: '#52606d',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '1px',
        },
      },
      { selector: 'edge.on-path', style: { width: 3, 'line-color': '#3b6fb6', 'target-arrow-color': '#3b6fb6', color: '#1d2733' } },
      { selector: ':selected', style: { 'overlay-color': '#f4c430', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    ],
  });
}

/**
 * Adds what is not drawn yet, so an entity or relation is never drawn twice, at `around` until laid out.
 * @param {cytoscape.Core} cy @param {Entity[]} entities @param {Relation[]} relations @param {cytoscape.Position} around
 * @returns {cytoscape.Collection} what was added
 */
export function merge(cy, entities, relations, around) {
  let added = cy.collection();
  cy.batch(() => {
    for (const entity of entities) {
      if (cy.getElementById(entity.key).empty()) {
        added = added.union(cy.add({ group: 'nodes', data: { id: entity.key, name: entity.name, entity }, position: { ...around } }));
      }
    }
    for (const relation of relations) {
      if (cy.getElementById(relation.id).empty()) {
        const data = { id: relation.id, source: relation.subject.key, target: relation.object.key, label: relationLabel(relation.type), relation };
        added = added.union(cy.add({ group: 'edges', data }));
      }
    }
  });
  return added;
}

/**
 * Makes the drawing hold what is wanted: a fresh one starts empty, otherwise whatever is drawn and
 * still wanted stays where it is and the rest goes; then what is missing is added and the marks of
 * the last view are cleared.
 * @param {cytoscape.Core} cy @param {Entity[]} entities @param {Relation[]} relations @param {boolean} fresh
 */
export function redraw(cy, entities, relations, fresh) {
  if (fresh) cy.elements().remove();
  else {
    const wanted = new Set([...entities.map((entity) => entity.key), ...relations.map((relation) => relation.id)]);
    cy.elements()
      .filter((element) => !wanted.has(element.id()))
      .remove();
  }
  merge(cy, entities, relations, { x: 0, y: 0 });
  cy.nodes().removeClass('start end expanded');
  cy.edges().removeClass('on-path');
}

/** Hides the entities of the kinds given (and so their relations), shows the rest. @param {cytoscape.Core} cy @param {readonly EntityKind[]} kinds */
export function applyKindFilter(cy, kinds) {
  const hidden = new Set(kinds);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('filtered', hidden.has(/** @type {Entity} */ (node.data('entity')).kind));
    });
  });
}

/** How many of the nodes given are drawn wholly or partly outside the viewport. @param {cytoscape.Core} cy @param {cytoscape.NodeCollection} nodes */
export function outsideView(cy, nodes) {
  const view = cy.extent();
  return nodes.filter((node) => {
    const box = node.boundingBox({});
    return box.x1 < view.x1 || box.x2 > view.x2 || box.y1 < view.y1 || box.y2 > view.y2;
  }).length;
}

/** @param {cytoscape.Core} cy */
export function fitView(cy) {
  cy.fit(cy.elements(':visible'), PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(cy.elements(':visible'));
  }
}

