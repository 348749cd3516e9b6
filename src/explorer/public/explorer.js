// @ts-check
/**
 * The explorer: find an entity and draw its neighbourhood, or ask how two entities are connected;
 * expand entities one by one, filter by kind and relation type, read the evidence behind each
 * relation, and export what is on screen. The view lives in the address (view-state.js), so a link
 * or the back button brings it back. It talks only to the GraphQL API (api.js).
 */

import { connections, graphqlEndpoint, MAX_DEGREE, neighbourhood } from './api.js';
import { buildFilters, showControls } from './controls.js';
import { download, onScreenAsCytoscape } from './export.js';
import { applyKindFilter, createGraph, fitView, merge, outsideView, redraw } from './graph.js';
import { layoutAll, layoutPaths, layoutUnplaced } from './layout.js';
import { clearNotice, clearTruncation, notify, showError, showStatus, showTruncation } from './messages.js';
import { element, showEntity, showMessage, showPaths, showRelation } from './panel.js';
import { createSearchBars } from './search-bars.js';
import { emptyState, expansionsAsked, isConnection, MAX_EXPANSIONS, readState, writeState } from './view-state.js';

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').Path} Path */
/** @typedef {import('./model.js').Relation} Relation */
/** @typedef {import('./model.js').Subgraph} Subgraph */
/** @typedef {import('./view-state.js').ViewState} ViewState */

const maxHopsSelect = element('max-hops', HTMLSelectElement);
element('graphiql', HTMLAnchorElement).href = graphqlEndpoint();

const cy = createGraph(element('graph', HTMLDivElement));
// For tests and the browser console.
Object.assign(window, { explorer: { cy } });

/** @type {ViewState} */
let state = readState(location.search);
/** What the drawing is of ("focus:…" or "paths:…:…"): a new one is laid out afresh, the same one only where it grew. */
let drawnAnchor = '';
/** Bumped by every redraw, so that an answer to an older question (a redraw's or an expansion's) is dropped. */
let generation = 0;
/** Whether a redraw awaits its answer: a tap then waits for it, as the answer may remove the node tapped. */
let loading = false;
/** Nodes tapped while a redraw loads, expanded once it is drawn. @type {Set<string>} */
const tappedWhileLoading = new Set();
/** Expansions asked for and not answered yet, so that a second tap (a double click) does not ask again. @type {Set<string>} */
const expanding = new Set();
/** The connection drawn, and its paths by their relations: the side panel's list is redrawn when they change. */
/** @type {{ from: Entity, to: Entity, paths: Path[] } | null} */
let connection = null;
let listedPaths = '';
/** Whether an answer drawn left relations out, for the export. */
let truncated = false;
/** How many expansions the address asked for, when more than the explorer makes. */
let expansionsRefused = 0;

/** @param {string} key */
function entityName(key) {
  const entity = /** @type {Entity | undefined} */ (cy.getElementById(key).data('entity'));
  return entity?.name ?? key;
}

function summarise() {
  const title = isConnection(state) ? `${entityName(state.from ?? '')} – ${entityName(state.to ?? '')}` : entityName(state.focus ?? '');
  const hidden = cy.nodes('.filtered').length;
  const hiddenText = hidden ? ` (${hidden} hidden by the filters)` : '';
  const date = state.asOf ? ` valid on ${state.asOf}` : '';
  showStatus(`${title}: ${cy.nodes(':visible').length} entities${hiddenText}, ${cy.edges(':visible').length} relations${date}.`);
}

// ---- the view and the address ----------------------------------------------------------------

/** @param {ViewState} next @param {'push' | 'replace'} how */
function remember(next, how) {
  state = next;
  const url = `${location.pathname}${writeState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** The view the address holds, with no more expansions than the explorer makes (the address is corrected). */
function readAddress() {
  const asked = expansionsAsked(location.search).length;
  expansionsRefused = asked > MAX_EXPANSIONS ? asked : 0;
  const read = readState(location.search);
  remember(read.focus || isConnection(read) ? read : emptyState(), 'replace');
}

/** @param {ViewState} view */
function anchorOf(view) {
  if (isConnection(view)) return `paths:${view.from}:${view.to}:${view.maxHops}`;
  return view.focus ? `focus:${view.focus}` : '';
}

/** @param {string} key @param {ViewState} view */
const expansion = (key, view) => neighbourhood({ key, depth: 1, asOf: view.asOf, types: view.types });

/**
 * Draws the view from the API: the neighbourhood or the paths, then each expanded entity at depth 1.
 * A view of the same thing keeps the nodes it shares with the drawing where they are.
 */
async function draw() {
  const view = state;
  const anchor = anchorOf(view);
  const current = ++generation;
  clearNotice();
  clearTruncation();
  if (!anchor) {
    loading = false;
    cy.elements().remove();
    drawnAnchor = '';
    connection = null;
    showStatus('');
    showMessage('Explorer', 'Search for an entity to draw its neighbourhood, or ask how two entities are connected.');
    return;
  }
  loading = true;
  showStatus('Loading…');
  try {
    const [main, expansions] = await Promise.all([
      isConnection(view)
        ? connections({ from: view.from ?? '', to: view.to ?? '', maxHops: view.maxHops, asOf: view.asOf, types: view.types })
        : neighbourhood({ key: view.focus ?? '', depth: view.depth, asOf: view.asOf, types: view.types }),
      Promise.all(view.expanded.map((key) => expansion(key, view))),
    ]);
    if (current !== generation) return;
    const fresh = anchor !== drawnAnchor;
    drawnAnchor = anchor;
    if ('paths' in main) drawConnection(view, main, expansions, fresh);
    else drawNeighbourhood(view, main, expansions, fresh);
    for (const key of view.expanded) cy.getElementById(key).addClass('expanded');
    truncated = showTruncation([...('paths' in main ? [] : [main]), ...expansions]);
    if (expansionsRefused) {
      notify(`This link asks to expand ${expansionsRefused} entities; the explorer expands at most ${MAX_EXPANSIONS} in one view, so only the first ${MAX_EXPANSIONS} are drawn.`);
      expansionsRefused = 0;
    }
  } catch (error) {
    if (current === generation) showError(error);
  } finally {
    if (current === generation) {
      loading = false;
      const tapped = [...tappedWhileLoading];
      tappedWhileLoading.clear();
      for (const key of tapped) if (cy.getElementById(key).nonempty()) void expand(key);
    }
  }
}

/** @param {ViewState} view @param {Subgraph} subgraph @param {Subgraph[]} expansions @param {boolean} fresh */
function drawNeighbourhood(view, subgraph, expansions, fresh) {
  const all = [subgraph, ...expansions];
  redraw(cy, all.flatMap((part) => part.nodes), all.flatMap((part) => part.edges), fresh);
  connection = null;
  listedPaths = '';
  cy.getElementById(view.focus ?? '').addClass('start');
  // The kinds hidden now, not when the question was asked: they are the page's own, and may have changed since.
  applyKindFilter(cy, state.hiddenKinds);
  if (fresh) layoutAll(cy);
  else layoutUnplaced(cy);
  const start = subgraph.nodes[0];
  if (!start) {
    showStatus(`No entity with the key "${view.focus}".`, 'error');
    return;
  }
  if (fresh) {
    focusPicker.set(start);
    showEntity(start);
  }
  summarise();
}

/**
 * @param {ViewState} view @param {Awaited<ReturnType<typeof connections>>} found @param {Subgraph[]} expansions @param {boolean} fresh
 */
function drawConnection(view, { from, to, paths }, expansions, fresh) {
  if (!from || !to) {
    cy.elements().remove();
    connection = null;
    showStatus(`No entity with the key "${from ? view.to : view.from}".`, 'error');
    return;
  }
  fromPicker.set(from);
  toPicker.set(to);
  if (fresh) focusPicker.set(null);
  const relations = paths.flatMap((path) => path.relations);
  const entities = [from, to, ...paths.flatMap((path) => path.entities), ...expansions.flatMap((part) => part.nodes)];
  redraw(cy, entities, [...relations, ...expansions.flatMap((part) => part.edges)], fresh);
  cy.getElementById(from.key).addClass('end');
  cy.getElementById(to.key).addClass('end');
  for (const relation of relations) cy.getElementById(relation.id).addClass('on-path');
  applyKindFilter(cy, state.hiddenKinds);
  // The paths get their columns first; the expansions are then hung around them.
  if (fresh) layoutPaths(cy, from.key, to.key, paths);
  layoutUnplaced(cy);
  summarise();
  connection = { from, to, paths };
  // The list follows the paths drawn: a new date or relation type can change them in the same view.
  const drawnPaths = paths.map((path) => path.relations.map((relation) => relation.id).join(',')).join('|');
  const listChanged = fresh || drawnPaths !== listedPaths;
  listedPaths = drawnPaths;
  if (paths.length > 0) {
    if (listChanged) showPathList();
    return;
  }
  const types = view.types ? ' using only the relation types chosen in the filters' : '';
  const text = `No connection between ${from.name} and ${to.name} within ${view.maxHops} ${view.maxHops === 1 ? 'hop' : 'hops'}${types}. Paths do not pass through entities with more than ${MAX_DEGREE} relations. Allow more hops to look further.`;
  notify(text);
  showMessage('No connection found', text);
}

function showPathList() {
  if (connection) showPaths(connection.from, connection.to, connection.paths, selectRelation);
}

/** Selects a relation in the drawing and shows its evidence, with a way back to the paths. @param {Relation} relation */
function selectRelation(relation) {
  cy.elements().unselect();
  cy.getElementById(relation.id).select();
  showEvidence(relation);
}

/** @param {Relation} relation */
function showEvidence(relation) {
  showRelation(relation, entityName, connection && connection.paths.length > 0 ? showPathList : undefined);
}

/** Adds an entity's own neighbours to the drawing, laid out around it; the rest stays where it is. @param {string} key */
async function expand(key) {
  if (loading) {
    tappedWhileLoading.add(key);
    return;
  }
  if (state.expanded.includes(key) || expanding.has(key)) {
    showStatus(`${entityName(key)} is expanded already.`);
    return;
  }
  if (state.expanded.length + expanding.size >= MAX_EXPANSIONS) {
    notify(`At most ${MAX_EXPANSIONS} entities are expanded in one view: draw ${entityName(key)}'s own neighbourhood to look further.`);
    return;
  }
  const current = generation;
  expanding.add(key);
  clearNotice();
  showStatus('Loading…');
  try {
    const subgraph = await expansion(key, state);
    const node = cy.getElementById(key);
    if (current !== generation || node.empty()) return;
    const added = merge(cy, subgraph.nodes, subgraph.edges, node.position());
    applyKindFilter(cy, state.hiddenKinds);
    node.addClass('expanded');
    const shown = added.filter(':visible');
    layoutUnplaced(cy);
    const outside = outsideView(cy, shown.nodes());
    if (added.empty()) {
      const types = state.types ? ' of the chosen types' : '';
      notify(
        subgraph.edges.length === 0
          ? `Expanding ${entityName(key)} added nothing: it has no relations${types}.`
          : `Expanding ${entityName(key)} added nothing new: all its ${subgraph.edges.length} relations${types} are on screen already.`,
      );
    } else if (shown.empty()) {
      notify(`Expanding ${entityName(key)} added nothing visible: the ${added.nodes().length} entities it found are of kinds the filters hide.`);
    } else if (outside > 0) {
      // Placed nodes and the viewport stay put, so newcomers may land out of sight: say so rather than show nothing.
      notify(`Expanding ${entityName(key)}: ${outside} new ${outside === 1 ? 'entity' : 'entities'} outside the view —`, { label: 'Fit', className: 'fit', run: () => fitView(cy) });
    }
    truncated = showTruncation([subgraph]) || truncated;
    // Nothing drawn changed: a history step would lead back to the same picture.
    remember({ ...state, expanded: [...state.expanded, key] }, shown.empty() ? 'replace' : 'push');
    summarise();
  } catch (error) {
    if (current === generation) showError(error);
  } finally {
    expanding.delete(key);
  }
}

/** A change the user made: in the address (a step in the history) and then on screen. @param {Partial<ViewState>} change */
function change(change) {
  remember({ ...state, ...change }, 'push');
  showControls(state);
  void draw();
}

// ---- controls --------------------------------------------------------------------------------

/** @param {Entity} entity */
function drawEntity(entity) {
  showEntity(entity);
  change({ focus: entity.key, from: null, to: null, expanded: [] });
}

const { focusPicker, fromPicker, toPicker } = createSearchBars({
  onEntity: drawEntity,
  onConnect: (from, to) => change({ from: from.key, to: to.key, maxHops: Number(maxHopsSelect.value), focus: null, expanded: [] }),
});

element('depth', HTMLSelectElement).addEventListener('change', (event) => change({ depth: Number(/** @type {HTMLSelectElement} */ (event.currentTarget).value) }));
element('as-of', HTMLInputElement).addEventListener('change', (event) => change({ asOf: /** @type {HTMLInputElement} */ (event.currentTarget).value || null }));
maxHopsSelect.addEventListener('change', () => {
  const maxHops = Number(maxHopsSelect.value);
  if (isConnection(state)) change({ maxHops });
  // Not part of a neighbourhood's address, but kept for the next connection search (and for the controls).
  else remember({ ...state, maxHops }, 'replace');
});

buildFilters({
  onKind: (kind, shown) => {
    const hiddenKinds = shown ? state.hiddenKinds.filter((hidden) => hidden !== kind) : [...state.hiddenKinds, kind];
    // Kinds are hidden on the page: nothing to ask the server, and what comes back into view keeps its place.
    remember({ ...state, hiddenKinds }, 'push');
    showControls(state);
    clearNotice();
    applyKindFilter(cy, state.hiddenKinds);
    layoutUnplaced(cy);
    if (drawnAnchor) summarise();
  },
  onTypes: (types) => change({ types }),
});

element('export', HTMLButtonElement).addEventListener('click', () => {
  if (cy.nodes(':visible').empty()) {
    showStatus('Nothing on screen to export yet.', 'error');
    return;
  }
  const name = isConnection(state) ? `${state.from}--${state.to}` : (state.focus ?? 'explorer');
  download(`${name}.cyjs`, JSON.stringify(onScreenAsCytoscape(cy, location.href, truncated), null, 2));
  showStatus(`Exported ${cy.nodes(':visible').length} entities and ${cy.edges(':visible').length} relations as Cytoscape.js JSON.`);
});
element('fit', HTMLButtonElement).addEventListener('click', () => fitView(cy));
element('notice-close', HTMLButtonElement).addEventListener('click', clearNotice);

cy.on('tap', 'node', (event) => {
  /** @type {cytoscape.NodeSingular} */
  const node = event.target;
  showEntity(node.data('entity'));
  void expand(node.id());
});
cy.on('tap', 'edge', (event) => {
  /** @type {cytoscape.EdgeSingular} */
  const edge = event.target;
  showEvidence(edge.data('relation'));
});

window.addEventListener('popstate', () => {
  readAddress();
  showControls(state);
  if (!isConnection(state)) {
    fromPicker.set(null);
    toPicker.set(null);
  }
  void draw();
});

// The address may carry a view already: a shared link, or a reload.
readAddress();
showControls(state);
void draw();
