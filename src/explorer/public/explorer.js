// @ts-check
/**
 * The explorer: find an entity and draw its neighbourhood, or ask how two entities are connected;
 * expand entities one by one, filter by kind and relation type, read the evidence behind each
 * relation, and export what is on screen. The view lives in the address (view-state.js), so a link
 * or the back button brings it back. It talks only to the GraphQL API (api.js).
 */

import { connections, graphqlEndpoint, neighbourhood } from './api.js';
import { download, onScreenAsCytoscape } from './export.js';
import { applyKindFilter, createGraph, fitView, layoutAll, layoutPaths, layoutUnplaced, merge } from './graph.js';
import { ENTITY_KINDS, KINDS, RELATION_TYPES, relationLabel } from './model.js';
import { element, make, showEntity, showMessage, showPaths, showRelation } from './panel.js';
import { EntityPicker } from './picker.js';
import { emptyState, isConnection, readState, writeState } from './view-state.js';

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').EntityKind} EntityKind */
/** @typedef {import('./model.js').Relation} Relation */
/** @typedef {import('./model.js').RelationType} RelationType */
/** @typedef {import('./model.js').Subgraph} Subgraph */
/** @typedef {import('./view-state.js').ViewState} ViewState */

const depthSelect = element('depth', HTMLSelectElement);
const asOfInput = element('as-of', HTMLInputElement);
const maxHopsSelect = element('max-hops', HTMLSelectElement);
const statusLine = element('status', HTMLParagraphElement);
const truncatedNotice = element('truncated', HTMLParagraphElement);
const notice = element('notice', HTMLDivElement);
const filterCount = element('filter-count', HTMLSpanElement);
element('graphiql', HTMLAnchorElement).href = graphqlEndpoint();

const cy = createGraph(element('graph', HTMLDivElement));
// For tests and the browser console.
Object.assign(window, { explorer: { cy } });

/** @type {ViewState} */
let state = readState(location.search);
/** What the drawing is of ("focus:…" or "paths:…:…"): a new one is laid out afresh, the same one only where it grew. */
let drawnAnchor = '';
/** Bumped by every redraw, so that an answer to an older question is dropped. */
let generation = 0;

// ---- messages --------------------------------------------------------------------------------

/** @param {string} message @param {'info' | 'error'} [level] */
function showStatus(message, level = 'info') {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', level === 'error');
}

/** @param {unknown} error */
function showError(error) {
  showStatus(error instanceof Error ? error.message : String(error), 'error');
}

/** A notice over the drawing, for outcomes that would otherwise look like nothing happened. @param {string} text */
function notify(text) {
  element('notice-text', HTMLParagraphElement).textContent = text;
  notice.hidden = false;
}

function clearNotice() {
  notice.hidden = true;
}

/** @param {Subgraph[]} subgraphs */
function showTruncation(subgraphs) {
  const cut = subgraphs.filter((subgraph) => subgraph.truncated);
  if (cut.length === 0) return;
  const hubs = [...new Set(cut.flatMap((subgraph) => subgraph.hubs.map((hub) => hub.name)))];
  truncatedNotice.textContent = hubs.length
    ? `Not every relation is shown: ${hubs.join(', ')} ${hubs.length > 1 ? 'have' : 'has'} more relations than the explorer draws for one entity; choose a date or fewer relation types to narrow them.`
    : 'Not every relation is shown: there are more than the explorer asks for. Lower the depth or choose a date.';
  truncatedNotice.hidden = false;
}

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

/** The controls show the view, whether it came from a click, a link or the back button. */
function showControls() {
  depthSelect.value = String(state.depth);
  // A connection has no depth: its paths are as long as they need to be, up to the hops allowed.
  depthSelect.disabled = isConnection(state);
  asOfInput.value = state.asOf ?? '';
  maxHopsSelect.value = String(state.maxHops);
  for (const box of document.querySelectorAll('#kind-filters input')) {
    if (box instanceof HTMLInputElement) box.checked = !state.hiddenKinds.includes(/** @type {EntityKind} */ (box.value));
  }
  for (const box of document.querySelectorAll('#type-filters input')) {
    if (box instanceof HTMLInputElement) box.checked = !state.types || state.types.includes(/** @type {RelationType} */ (box.value));
  }
  const off = state.hiddenKinds.length + (state.types ? RELATION_TYPES.length - state.types.length : 0);
  filterCount.textContent = off ? `(${off} off)` : '';
}

/** @param {ViewState} view */
function anchorOf(view) {
  if (isConnection(view)) return `paths:${view.from}:${view.to}:${view.maxHops}`;
  return view.focus ? `focus:${view.focus}` : '';
}

/** @param {string} key */
const expansion = (key) => neighbourhood({ key, depth: 1, asOf: state.asOf, types: state.types });

/**
 * Draws the view from the API: the neighbourhood or the paths, then each expanded entity at depth 1.
 * A view of the same thing keeps the nodes it shares with the drawing where they are.
 */
async function draw() {
  const anchor = anchorOf(state);
  const current = ++generation;
  clearNotice();
  truncatedNotice.hidden = true;
  if (!anchor) {
    cy.elements().remove();
    drawnAnchor = '';
    showStatus('');
    showMessage('Explorer', 'Search for an entity to draw its neighbourhood, or ask how two entities are connected.');
    return;
  }
  showStatus('Loading…');
  try {
    const view = state;
    const [main, expansions] = await Promise.all([
      isConnection(view)
        ? connections({ from: view.from ?? '', to: view.to ?? '', maxHops: view.maxHops, asOf: view.asOf, types: view.types })
        : neighbourhood({ key: view.focus ?? '', depth: view.depth, asOf: view.asOf, types: view.types }),
      Promise.all(view.expanded.map(expansion)),
    ]);
    if (current !== generation) return;
    const fresh = anchor !== drawnAnchor;
    drawnAnchor = anchor;
    if ('paths' in main) drawConnection(main, expansions, fresh);
    else drawNeighbourhood(main, expansions, fresh);
    for (const key of view.expanded) cy.getElementById(key).addClass('expanded');
    showTruncation([...('paths' in main ? [] : [main]), ...expansions]);
  } catch (error) {
    if (current === generation) showError(error);
  }
}

/**
 * Keeps what is in `wanted` and is drawn, removes the rest: the nodes kept keep their places.
 * @param {Set<string>} wanted
 */
function keepOnly(wanted) {
  cy.elements()
    .filter((element) => !wanted.has(element.id()))
    .remove();
}

/** @param {Subgraph} subgraph @param {Subgraph[]} expansions @param {boolean} fresh */
function drawNeighbourhood(subgraph, expansions, fresh) {
  const all = [subgraph, ...expansions];
  const entities = all.flatMap((part) => part.nodes);
  const relations = all.flatMap((part) => part.edges);
  if (fresh) cy.elements().remove();
  else keepOnly(new Set([...entities.map((entity) => entity.key), ...relations.map((relation) => relation.id)]));
  merge(cy, entities, relations, { x: 0, y: 0 });
  cy.nodes().removeClass('start end expanded');
  cy.edges().removeClass('on-path');
  cy.getElementById(state.focus ?? '').addClass('start');
  applyKindFilter(cy, new Set(state.hiddenKinds));
  if (fresh) layoutAll(cy);
  else layoutUnplaced(cy);
  const start = subgraph.nodes[0];
  if (!start) {
    showStatus(`No entity with the key "${state.focus}".`, 'error');
    return;
  }
  if (fresh) {
    focusPicker.set(start);
    showEntity(start);
  }
  summarise();
}

/**
 * @param {Awaited<ReturnType<typeof connections>>} found @param {Subgraph[]} expansions @param {boolean} fresh
 */
function drawConnection({ from, to, paths }, expansions, fresh) {
  if (!from || !to) {
    cy.elements().remove();
    showStatus(`No entity with the key "${from ? state.to : state.from}".`, 'error');
    return;
  }
  fromPicker.set(from);
  toPicker.set(to);
  if (fresh) focusPicker.set(null);
  const entities = [from, to, ...paths.flatMap((path) => path.entities)];
  const relations = paths.flatMap((path) => path.relations);
  const extra = expansions.flatMap((part) => part.nodes);
  const extraRelations = expansions.flatMap((part) => part.edges);
  if (fresh) cy.elements().remove();
  else keepOnly(new Set([...entities, ...extra].map((entity) => entity.key).concat([...relations, ...extraRelations].map((relation) => relation.id))));
  merge(cy, entities, relations, { x: 0, y: 0 });
  cy.nodes().removeClass('start end expanded');
  cy.edges().removeClass('on-path');
  cy.getElementById(from.key).addClass('end');
  cy.getElementById(to.key).addClass('end');
  for (const relation of relations) cy.getElementById(relation.id).addClass('on-path');
  applyKindFilter(cy, new Set(state.hiddenKinds));
  // The paths get their columns first; the expansions are then hung around them.
  if (fresh) layoutPaths(cy, from.key, to.key, paths);
  merge(cy, extra, extraRelations, { x: 0, y: 0 });
  applyKindFilter(cy, new Set(state.hiddenKinds));
  layoutUnplaced(cy);
  summarise();
  if (paths.length > 0) {
    if (fresh) showPaths(from, to, paths, selectRelation);
    return;
  }
  const types = state.types ? ' using only the relation types chosen in the filters' : '';
  const text = `No connection between ${from.name} and ${to.name} within ${state.maxHops} ${state.maxHops === 1 ? 'hop' : 'hops'}${types}. Paths do not pass through entities with more than 500 relations. Allow more hops to look further.`;
  notify(text);
  showMessage('No connection found', text);
}

/** Selects a relation in the drawing and shows its evidence. @param {Relation} relation */
function selectRelation(relation) {
  cy.elements().unselect();
  cy.getElementById(relation.id).select();
  showRelation(relation, entityName);
}

/** Adds an entity's own neighbours to the drawing, laid out around it; the rest stays where it is. @param {string} key */
async function expand(key) {
  if (state.expanded.includes(key)) {
    showStatus(`${entityName(key)} is expanded already.`);
    return;
  }
  const current = generation;
  clearNotice();
  showStatus('Loading…');
  try {
    const subgraph = await expansion(key);
    if (current !== generation) return;
    const node = cy.getElementById(key);
    const added = merge(cy, subgraph.nodes, subgraph.edges, node.position());
    applyKindFilter(cy, new Set(state.hiddenKinds));
    node.addClass('expanded');
    const shown = added.filter(':visible');
    if (added.empty()) {
      const types = state.types ? ' of the chosen types' : '';
      notify(
        subgraph.edges.length === 0
          ? `Expanding ${entityName(key)} added nothing: it has no relations${types}.`
          : `Expanding ${entityName(key)} added nothing new: all its ${subgraph.edges.length} relations${types} are on screen already.`,
      );
    } else if (shown.empty()) {
      notify(`Expanding ${entityName(key)} added nothing visible: the ${added.nodes().length} entities it found are of kinds the filters hide.`);
    }
    layoutUnplaced(cy);
    showTruncation([subgraph]);
    // Nothing drawn changed: a history step would lead back to the same picture.
    remember({ ...state, expanded: [...state.expanded, key] }, shown.empty() ? 'replace' : 'push');
    summarise();
  } catch (error) {
    showError(error);
  }
}

/** A change the user made: in the address (a step in the history) and then on screen. @param {Partial<ViewState>} change */
function change(change) {
  remember({ ...state, ...change }, 'push');
  showControls();
  void draw();
}

// ---- controls --------------------------------------------------------------------------------

/** @param {Entity} entity */
function drawEntity(entity) {
  showEntity(entity);
  change({ focus: entity.key, from: null, to: null, expanded: [] });
}

const focusPicker = new EntityPicker(element('query', HTMLInputElement), element('results', HTMLUListElement), {
  onChoose: drawEntity,
  onError: showError,
});
element('search', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  focusPicker
    .resolve()
    .then((entity) => entity && drawEntity(entity))
    .catch(showError);
});

const fromPicker = new EntityPicker(element('connect-from', HTMLInputElement), element('connect-from-results', HTMLUListElement), {
  onChoose: () => {},
  onError: showError,
});
const toPicker = new EntityPicker(element('connect-to', HTMLInputElement), element('connect-to-results', HTMLUListElement), {
  onChoose: () => {},
  onError: showError,
});
element('connect', HTMLFormElement).addEventListener('submit', (event) => {
  event.preventDefault();
  Promise.all([fromPicker.resolve(), toPicker.resolve()])
    .then(([from, to]) => {
      if (!from || !to) {
        showStatus('Choose both entities to connect: type a name and pick it from the list.', 'error');
        return;
      }
      if (from.key === to.key) {
        showStatus('Choose two different entities to connect.', 'error');
        return;
      }
      change({ from: from.key, to: to.key, maxHops: Number(maxHopsSelect.value), focus: null, expanded: [] });
    })
    .catch(showError);
});

depthSelect.addEventListener('change', () => change({ depth: Number(depthSelect.value) }));
asOfInput.addEventListener('change', () => change({ asOf: asOfInput.value || null }));
maxHopsSelect.addEventListener('change', () => {
  if (isConnection(state)) change({ maxHops: Number(maxHopsSelect.value) });
});

/** @param {HTMLElement} parent @param {string} value @param {string} label @param {string} [colour] */
function checkbox(parent, value, label, colour) {
  const box = make('input');
  box.type = 'checkbox';
  box.value = value;
  box.checked = true;
  const item = make('label', undefined, 'check');
  item.append(box);
  if (colour) {
    const swatch = make('span', undefined, 'swatch');
    swatch.style.backgroundColor = colour;
    item.append(swatch);
  }
  item.append(label);
  parent.append(item);
  return box;
}

const kindFilters = element('kind-filters', HTMLFieldSetElement);
for (const kind of ENTITY_KINDS) {
  checkbox(kindFilters, kind, KINDS[kind].label, KINDS[kind].colour).addEventListener('change', (event) => {
    const box = /** @type {HTMLInputElement} */ (event.currentTarget);
    const hiddenKinds = box.checked ? state.hiddenKinds.filter((hidden) => hidden !== kind) : [...state.hiddenKinds, kind];
    // Kinds are hidden on the page: nothing to ask the server, and what comes back into view keeps its place.
    remember({ ...state, hiddenKinds }, 'push');
    showControls();
    refilter();
  });
}

function refilter() {
  clearNotice();
  applyKindFilter(cy, new Set(state.hiddenKinds));
  layoutUnplaced(cy);
  if (drawnAnchor) summarise();
}

const typeFilters = element('type-filters', HTMLFieldSetElement);
for (const type of RELATION_TYPES) {
  checkbox(typeFilters, type, relationLabel(type)).addEventListener('change', () => {
    const chosen = [...typeFilters.querySelectorAll('input:checked')].map((box) => /** @type {RelationType} */ (/** @type {HTMLInputElement} */ (box).value));
    change({ types: chosen.length === RELATION_TYPES.length ? null : chosen });
  });
}
element('types-all', HTMLButtonElement).addEventListener('click', () => change({ types: null }));
element('types-none', HTMLButtonElement).addEventListener('click', () => change({ types: [] }));

element('export', HTMLButtonElement).addEventListener('click', () => {
  if (cy.nodes(':visible').empty()) {
    showStatus('Nothing on screen to export yet.', 'error');
    return;
  }
  const name = isConnection(state) ? `${state.from}--${state.to}` : (state.focus ?? 'explorer');
  download(`${name}.cyjs`, JSON.stringify(onScreenAsCytoscape(cy, location.href), null, 2));
  showStatus(`Exported ${cy.nodes(':visible').length} entities and ${cy.edges(':visible').length} relations as Cytoscape.js JSON.`);
});
// The filter panel closes when one clicks elsewhere, as a menu does, so that it never hides the drawing for long.
const filters = element('filters', HTMLDetailsElement);
document.addEventListener('pointerdown', (event) => {
  if (filters.open && !(event.target instanceof Node && filters.contains(event.target))) filters.open = false;
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
  showRelation(edge.data('relation'), entityName);
});

element('legend', HTMLUListElement).append(
  ...Object.values(KINDS).map((kind) => {
    const item = make('li', kind.label);
    const swatch = make('span', undefined, 'swatch');
    swatch.style.backgroundColor = kind.colour;
    item.prepend(swatch);
    return item;
  }),
);

window.addEventListener('popstate', () => {
  state = readState(location.search);
  showControls();
  if (!isConnection(state)) {
    fromPicker.set(null);
    toPicker.set(null);
  }
  void draw();
});

// The address may carry a view already: a shared link, or a reload.
remember(state.focus || isConnection(state) ? state : emptyState(), 'replace');
showControls();
void draw();
