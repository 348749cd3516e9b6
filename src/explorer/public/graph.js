// @ts-check
/**
 * The drawing: Cytoscape.js (loaded before the modules as the global `cytoscape`), what is on it,
 * and how it is laid out. Once a node is placed it stays where it is: later additions are placed in
 * free room around the nodes already drawn, so that an analyst's mental map of the picture survives
 * an expansion.
 */

import { KINDS, relationLabel } from './model.js';

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').EntityKind} EntityKind */
/** @typedef {import('./model.js').Relation} Relation */

/** Readable zoom at most: a small graph is centred rather than blown up to fill the space. */
const MAX_FIT_ZOOM = 1.2;
const PADDING = 40;

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

/** Hides the entities of the kinds given (and so their relations), shows the rest. @param {cytoscape.Core} cy @param {Set<EntityKind>} hidden */
export function applyKindFilter(cy, hidden) {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('filtered', hidden.has(/** @type {Entity} */ (node.data('entity')).kind));
    });
  });
}

/** @param {cytoscape.Core} cy */
export function fitView(cy) {
  cy.fit(cy.elements(':visible'), PADDING);
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center(cy.elements(':visible'));
  }
}

/** Whether a node has been given its place; hidden nodes get theirs when they are first shown. @param {cytoscape.NodeSingular} node */
const isPlaced = (node) => node.scratch('placed') === true;
/** @param {cytoscape.NodeCollection} nodes */
const markPlaced = (nodes) => nodes.forEach((node) => void node.scratch('placed', true));

/** The force-directed layout of the whole drawing, for a new view. @param {cytoscape.Core} cy */
export function layoutAll(cy) {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  const running = visible.layout({ ...forces(), randomize: true, fit: false });
  running.one('layoutstop', () => fitView(cy));
  running.run();
  markPlaced(visible.nodes());
}

/**
 * Connection paths left to right, one column per hop from the start, so that each path reads as a
 * line from one end to the other; nodes shared by several paths are drawn once, in their first column.
 * @param {cytoscape.Core} cy @param {string} from @param {string} to @param {{ entities: { key: string }[] }[]} paths
 */
export function layoutPaths(cy, from, to, paths) {
  const longest = Math.max(1, ...paths.map((path) => path.entities.length - 1));
  /** @type {Map<string, number>} */
  const column = new Map([[from, 0]]);
  for (const path of paths) {
    path.entities.forEach((entity, index) => {
      if (!column.has(entity.key) && entity.key !== to) column.set(entity.key, index);
    });
  }
  column.set(to, longest);
  /** @type {string[][]} */
  const columns = Array.from({ length: longest + 1 }, () => []);
  for (const [key, index] of column) columns[index]?.push(key);
  cy.batch(() => {
    columns.forEach((keys, index) => {
      keys.forEach((key, row) => {
        cy.getElementById(key).position({ x: index * 230, y: (row - (keys.length - 1) / 2) * 130 });
      });
    });
  });
  markPlaced(cy.nodes().filter((node) => column.has(node.id())));
  fitView(cy);
}

/**
 * Lays out the visible nodes that have no place yet, and only those; placed nodes and the viewport
 * stay exactly where they are. Each newcomer goes to the free spot nearest the middle of its placed
 * neighbours, searched on widening rings and facing away from the middle of the drawing, so that an
 * expansion grows outwards. (A force-directed run with the placed nodes locked was tried first: in a
 * crowded drawing it left newcomers on top of placed nodes, which it could not push aside.)
 * @param {cytoscape.Core} cy
 */
export function layoutUnplaced(cy) {
  const visible = cy.nodes(':visible');
  const newcomers = visible.filter((node) => !isPlaced(node));
  if (newcomers.empty()) return;
  const placed = visible.difference(newcomers);
  if (placed.empty()) {
    layoutAll(cy);
    return;
  }
  const middle = centre(placed);
  const taken = placed.map((node) => node.boundingBox({ includeLabels: true }));
  /** @type {Set<string>} */
  const settled = new Set(placed.map((node) => node.id()));
  // Breadth first from what is drawn, so a newcomer two hops out is placed after, and near, the one that brought it.
  let pending = /** @type {cytoscape.NodeSingular[]} */ (newcomers.toArray());
  // Set once no pending node is connected to anything placed: those are then placed from the middle.
  let stranded = false;
  while (pending.length > 0) {
    /** @type {cytoscape.NodeSingular[]} */
    const later = [];
    for (const node of pending) {
      const neighbours = node.neighborhood('node').filter((neighbour) => settled.has(neighbour.id()));
      if (neighbours.empty() && !stranded) {
        later.push(node);
        continue;
      }
      // Not connected to anything drawn: it starts from the middle and finds room beside the drawing.
      const target = neighbours.empty() ? middle : centre(neighbours);
      const box = node.boundingBox({ includeLabels: true });
      const size = { width: box.w, height: box.h, dx: node.position('x') - box.x1, dy: node.position('y') - box.y1 };
      const spot = freeSpot(target, middle, size, taken);
      node.position(spot);
      taken.push({ x1: spot.x - size.dx, y1: spot.y - size.dy, x2: spot.x - size.dx + size.width, y2: spot.y - size.dy + size.height, w: size.width, h: size.height });
      settled.add(node.id());
    }
    stranded = later.length === pending.length;
    pending = later;
  }
  markPlaced(newcomers);
}

/** Room kept between a newcomer and anything drawn, in model units. */
const GAP = 14;
/** How far apart the rings searched are, the first as far out as the second: an edge needs some length to be read. */
const RING_STEP = 70;
const RINGS = 30;

/**
 * The nearest spot to `target` where a box of `size` overlaps nothing `taken`: on rings of growing
 * radius, trying first the direction away from `middle`, then alternately either side of it.
 * @param {cytoscape.Position} target @param {cytoscape.Position} middle
 * @param {{ width: number, height: number, dx: number, dy: number }} size
 * @param {cytoscape.BoundingBox12[]} taken
 */
function freeSpot(target, middle, size, taken) {
  const away = Math.hypot(target.x - middle.x, target.y - middle.y) < 1 ? -Math.PI / 2 : Math.atan2(target.y - middle.y, target.x - middle.x);
  for (let ring = 2; ring <= RINGS; ring++) {
    const radius = ring * RING_STEP;
    const steps = 8 + ring * 4;
    for (let step = 0; step < steps; step++) {
      const turn = Math.ceil(step / 2) * (step % 2 === 0 ? 1 : -1);
      const angle = away + (turn * 2 * Math.PI) / steps;
      const spot = { x: target.x + radius * Math.cos(angle), y: target.y + radius * Math.sin(angle) };
      const x1 = spot.x - size.dx - GAP;
      const y1 = spot.y - size.dy - GAP;
      const x2 = x1 + size.width + 2 * GAP;
      const y2 = y1 + size.height + 2 * GAP;
      if (taken.every((box) => x2 <= box.x1 || x1 >= box.x2 || y2 <= box.y1 || y1 >= box.y2)) return spot;
    }
  }
  // Nowhere free that close: further out than any ring searched.
  return { x: target.x + (RINGS + 1) * RING_STEP, y: target.y };
}

/** @param {cytoscape.NodeCollection} nodes */
function centre(nodes) {
  const box = nodes.boundingBox({});
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

/** @returns {cytoscape.CoseLayoutOptions} */
function forces() {
  return {
    name: 'cose',
    animate: false,
    padding: PADDING,
    nodeDimensionsIncludeLabels: true,
    nodeRepulsion: () => 150_000,
    idealEdgeLength: () => 60,
    edgeElasticity: () => 100,
    nodeOverlap: 20,
    gravity: 80,
    numIter: 1000,
    initialTemp: 200,
    coolingFactor: 0.95,
    minTemp: 1,
  };
}
