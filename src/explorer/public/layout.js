// @ts-check
/**
 * Where the nodes go. Once a node is placed it stays where it is: later additions are placed in free
 * room around the nodes already drawn, so that an analyst's mental map of the picture survives an
 * expansion.
 */

import { fitView, PADDING } from './graph.js';

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

/** Distance between the columns of a path drawing, between its rows, and the step a node is moved by to clear an edge. */
const COLUMN = 230;
const ROW = 130;
const NUDGE = ROW / 2;

/**
 * Connection paths left to right, one column per hop from the start, so that each path reads as a
 * line from one end to the other; nodes shared by several paths are drawn once, in their first column.
 * A relation that spans columns (a direct one between the ends, or a short path's last hop) would run
 * straight through any node centred on its line, so such nodes are then moved up or down their column.
 * @param {cytoscape.Core} cy @param {string} from @param {string} to
 * @param {{ entities: { key: string }[], relations: { subject: { key: string }, object: { key: string } }[] }[]} paths
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
  /** @type {Map<string, cytoscape.Position>} */
  const at = new Map();
  columns.forEach((keys, index) => {
    keys.forEach((key, row) => {
      at.set(key, { x: index * COLUMN, y: (row - (keys.length - 1) / 2) * ROW });
    });
  });
  const links = paths.flatMap((path) => path.relations.map((relation) => /** @type {const} */ ([relation.subject.key, relation.object.key])));
  clearLines(cy, at, links, new Set([from, to]));
  cy.batch(() => {
    for (const [key, position] of at) cy.getElementById(key).position(position);
  });
  markPlaced(cy.nodes().filter((node) => column.has(node.id())));
  fitView(cy);
}

/**
 * Moves each node that lies on a relation it is not an end of to the nearest place up or down its
 * column where it lies on none and overlaps no other node; the two ends stay put. A move can put a
 * node's own relations across another, so it is repeated until nothing crosses (or a few rounds).
 * @param {cytoscape.Core} cy @param {Map<string, cytoscape.Position>} at changed in place
 * @param {(readonly [string, string])[]} links @param {Set<string>} fixed
 */
function clearLines(cy, at, links, fixed) {
  /** Each node's box (label included, with room to spare) relative to its position. */
  const extent = new Map(
    [...at.keys()].map((key) => {
      const node = cy.getElementById(key);
      const box = node.boundingBox({ includeLabels: true });
      const { x, y } = node.position();
      return [key, { x1: box.x1 - x - GAP, x2: box.x2 - x + GAP, y1: box.y1 - y - GAP, y2: box.y2 - y + GAP }];
    }),
  );
  /** @param {string} key @param {cytoscape.Position} position */
  const boxOf = (key, position) => {
    const e = extent.get(key) ?? { x1: -GAP, x2: GAP, y1: -GAP, y2: GAP };
    return { x1: position.x + e.x1, x2: position.x + e.x2, y1: position.y + e.y1, y2: position.y + e.y2 };
  };
  /** @param {string} key @param {cytoscape.Position} position */
  const blocked = (key, position) => {
    const box = boxOf(key, position);
    const crossesLine = links.some(([a, b]) => {
      const p = at.get(a);
      const q = at.get(b);
      return a !== key && b !== key && p !== undefined && q !== undefined && segmentMeetsBox(p, q, box);
    });
    if (crossesLine) return true;
    return [...at].some(([other, place]) => {
      if (other === key) return false;
      const them = boxOf(other, place);
      return box.x1 < them.x2 && box.x2 > them.x1 && box.y1 < them.y2 && box.y2 > them.y1;
    });
  };
  for (let round = 0; round < 8; round++) {
    let moved = false;
    for (const [key, position] of at) {
      if (fixed.has(key) || !blocked(key, position)) continue;
      for (let step = 1; step <= 40; step++) {
        const offset = Math.ceil(step / 2) * NUDGE * (step % 2 === 0 ? -1 : 1);
        const candidate = { x: position.x, y: position.y + offset };
        if (!blocked(key, candidate)) {
          at.set(key, candidate);
          moved = true;
          break;
        }
      }
    }
    if (!moved) return;
  }
}

/**
 * Whether the segment from p to q passes through the box (Liang–Barsky clipping).
 * @param {cytoscape.Position} p @param {cytoscape.Position} q @param {{ x1: number, x2: number, y1: number, y2: number }} box
 */
function segmentMeetsBox(p, q, box) {
  let low = 0;
  let high = 1;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  for (const [step, room] of [
    [-dx, p.x - box.x1],
    [dx, box.x2 - p.x],
    [-dy, p.y - box.y1],
    [dy, box.y2 - p.y],
  ]) {
    if (step === 0) {
      if (/** @type {number} */ (room) < 0) return false;
      continue;
    }
    const t = /** @type {number} */ (room) / /** @type {number} */ (step);
    if (/** @type {number} */ (step) < 0) low = Math.max(low, t);
    else high = Math.min(high, t);
    if (low > high) return false;
  }
  return true;
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
