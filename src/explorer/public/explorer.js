// @ts-check
/**
 * The explorer: find an entity, draw its neighbourhood with Cytoscape.js (loaded before this module
 * as the global `cytoscape`), expand it node by node and read the evidence behind each relation.
 * It talks only to the GraphQL API, and puts data into the page as text, never as markup.
 */

/** @typedef {'PERSON' | 'ORGANIZATION' | 'OFFICE' | 'PLACE' | 'ELECTION'} EntityKind */
/** @typedef {{ key: string, name: string, kind: EntityKind, description: string | null }} Entity */
/** @typedef {{ key: string, title: string, url: string | null, publisher: string | null, publishedAt: string | null }} Source */
/** @typedef {{ quote: string | null, confidence: number, source: Source }} Evidence */
/**
 * @typedef {{ id: string, type: string, subject: { key: string }, object: { key: string },
 *   validFrom: string | null, validTo: string | null, evidence: Evidence[] }} Relation
 */
/** @typedef {{ nodes: Entity[], edges: Relation[], hubs: { name: string }[], truncated: boolean }} Subgraph */

/** Most relations asked for at once; the API says when there were more. */
const LIMIT = 150;

/** @type {Record<EntityKind, { label: string, colour: string, shape: cytoscape.Css.NodeShape }>} */
const KINDS = {
  PERSON: { label: 'Person', colour: '#3b6fb6', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organisation', colour: '#e07b24', shape: 'round-rectangle' },
  OFFICE: { label: 'Office', colour: '#3f9a5a', shape: 'round-diamond' },
  PLACE: { label: 'Place', colour: '#2a9d9a', shape: 'round-hexagon' },
  ELECTION: { label: 'Election', colour: '#9a5ea8', shape: 'round-pentagon' },
};

const ENTITY_FIELDS = 'key name kind description';

const SEARCH = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) { edges { node { ${ENTITY_FIELDS} } } }
}`;

const NEIGHBOURHOOD = `query ExplorerNeighbourhood($key: String!, $depth: Int!, $asOf: Date, $limit: Int!) {
  neighbourhood(key: $key, depth: $depth, asOf: $asOf, limit: $limit) {
    truncated
    hubs { name }
    nodes { ${ENTITY_FIELDS} }
    edges {
      id type subject { key } object { key } validFrom validTo
      evidence { quote confidence source { key title url publisher publishedAt } }
    }
  }
}`;

/** @template {HTMLElement} T @param {string} id @param {new () => T} type @returns {T} */
function element(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The page has no ${type.name} #${id}`);
  return found;
}

const endpoint = document.body.dataset['graphql'] ?? '/graphql';
const searchForm = element('search', HTMLFormElement);
const queryInput = element('query', HTMLInputElement);
const resultList = element('results', HTMLUListElement);
const depthSelect = element('depth', HTMLSelectElement);
const asOfInput = element('as-of', HTMLInputElement);
const details = element('details', HTMLElement);
const statusLine = element('status', HTMLParagraphElement);
const truncatedNotice = element('truncated', HTMLParagraphElement);
element('graphiql', HTMLAnchorElement).href = endpoint;

const cy = cytoscape({
  container: element('graph', HTMLElement),
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
    { selector: 'node.start', style: { width: 42, height: 42, 'font-weight': 'bold' } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#1d2733' } },
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
    { selector: ':selected', style: { 'overlay-color': '#f4c430', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  ],
});
// For tests and the browser console.
Object.assign(window, { explorer: { cy } });

/** What is drawn: the entity searched for and the ones expanded since, all fetched again on a new date or depth. */
const view = { start: /** @type {string | null} */ (null), expanded: /** @type {Set<string>} */ (new Set()), generation: 0 };

/**
 * Sends one operation to the GraphQL API; GraphQL and HTTP errors become exceptions with their messages.
 * @template T @param {string} query @param {Record<string, unknown>} variables @returns {Promise<T>}
 */
async function graphql(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  /** @type {{ data?: T | null, errors?: { message: string }[] }} */
  const body = await response.json().catch(() => ({}));
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join(' '));
  if (!response.ok || !body.data) throw new Error(`The GraphQL API answered ${response.status} ${response.statusText}`);
  return body.data;
}

/** @param {string} message @param {'info' | 'error'} [level] */
function showStatus(message, level = 'info') {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', level === 'error');
}

/** @param {unknown} error */
function showError(error) {
  showStatus(error instanceof Error ? error.message : String(error), 'error');
}

/** @param {string} text @returns {Promise<Entity[]>} */
async function search(text) {
  /** @type {{ search: { edges: { node: Entity }[] } }} */
  const data = await graphql(SEARCH, { query: text });
  return data.search.edges.map((edge) => edge.node);
}

/** @param {string} key @param {number} depth @returns {Promise<Subgraph>} */
async function fetchNeighbourhood(key, depth) {
  /** @type {{ neighbourhood: Subgraph }} */
  const data = await graphql(NEIGHBOURHOOD, { key, depth, asOf: asOfInput.value || null, limit: LIMIT });
  return data.neighbourhood;
}

/**
 * Adds what is not drawn yet, so an entity or relation is never drawn twice.
 * @param {Subgraph} subgraph @param {cytoscape.Position} around where new entities start
 */
function merge(subgraph, around) {
  cy.batch(() => {
    for (const entity of subgraph.nodes) {
      if (cy.getElementById(entity.key).empty()) {
        cy.add({ group: 'nodes', data: { id: entity.key, name: entity.name, entity }, position: { ...around } });
      }
    }
    for (const relation of subgraph.edges) {
      if (cy.getElementById(relation.id).empty()) {
        const label = relation.type.toLowerCase().replaceAll('_', ' ');
        cy.add({ group: 'edges', data: { id: relation.id, source: relation.subject.key, target: relation.object.key, label, relation } });
      }
    }
  });
  if (subgraph.truncated) {
    const hubs = subgraph.hubs.map((hub) => hub.name).join(', ');
    truncatedNotice.textContent = hubs
      ? `Not every relation is shown: ${hubs} ${subgraph.hubs.length > 1 ? 'have' : 'has'} more relations than the explorer draws for one entity; choose a date to narrow them.`
      : 'Not every relation is shown: there are more than the explorer asks for. Lower the depth or choose a date.';
    truncatedNotice.hidden = false;
  }
}

/** Readable zoom at most: a small graph is centred rather than blown up to fill the space. */
const MAX_FIT_ZOOM = 1.2;

/** @param {{ randomize: boolean }} options false starts from what is drawn, so it moves less */
function layout({ randomize }) {
  const running = cy.layout({
    name: 'cose',
    animate: false,
    randomize,
    fit: true,
    padding: 40,
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
  });
  running.one('layoutstop', () => {
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  });
  running.run();
}

function summarise() {
  const date = asOfInput.value ? ` valid on ${asOfInput.value}` : '';
  showStatus(`${entityName(view.start ?? '')}: ${cy.nodes().length} entities, ${cy.edges().length} relations${date}.`);
}

/** Draws the current view again from the API: the start at the chosen depth, each expanded entity at depth 1. */
async function reload() {
  if (!view.start) return;
  const generation = ++view.generation;
  showStatus('Loading…');
  try {
    const depth = Number(depthSelect.value);
    const subgraphs = await Promise.all([
      fetchNeighbourhood(view.start, depth),
      ...[...view.expanded].map((key) => fetchNeighbourhood(key, 1)),
    ]);
    if (generation !== view.generation) return;
    cy.elements().remove();
    truncatedNotice.hidden = true;
    for (const subgraph of subgraphs) merge(subgraph, { x: 0, y: 0 });
    cy.getElementById(view.start).addClass('start');
    for (const key of view.expanded) cy.getElementById(key).addClass('expanded');
    layout({ randomize: true });
    summarise();
    if (subgraphs[0]?.nodes.length === 0) showStatus(`No entity with the key "${view.start}".`, 'error');
  } catch (error) {
    if (generation === view.generation) showError(error);
  }
}

/** Adds an entity's own neighbours to the drawing. @param {string} key */
async function expand(key) {
  if (view.expanded.has(key)) return;
  const generation = view.generation;
  showStatus('Loading…');
  try {
    const subgraph = await fetchNeighbourhood(key, 1);
    if (generation !== view.generation) return;
    view.expanded.add(key);
    cy.getElementById(key).addClass('expanded');
    merge(subgraph, cy.getElementById(key).position());
    layout({ randomize: false });
    summarise();
  } catch (error) {
    showError(error);
  }
}

/** @param {Entity} entity */
function choose(entity) {
  queryInput.value = entity.name;
  hideResults();
  view.start = entity.key;
  view.expanded.clear();
  showEntity(entity);
  void reload();
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {string} [text] @param {string} [className] @returns {HTMLElementTagNameMap[K]}
 */
function make(tag, text, className) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** @param {EntityKind} kind */
function kindBadge(kind) {
  const badge = make('span', KINDS[kind].label, 'kind');
  badge.style.backgroundColor = KINDS[kind].colour;
  return badge;
}

/** @param {Entity[]} entities */
function showResults(entities) {
  resultList.replaceChildren(
    ...entities.map((entity) => {
      const button = make('button');
      button.type = 'button';
      button.append(make('span', entity.name, 'name'), kindBadge(entity.kind));
      button.addEventListener('click', () => choose(entity));
      const item = make('li');
      item.append(button);
      return item;
    }),
  );
  if (entities.length === 0) resultList.append(make('li', 'Nothing matches.', 'empty'));
  resultList.hidden = false;
}

function hideResults() {
  resultList.hidden = true;
  resultList.replaceChildren();
}

/** @param {Entity} entity */
function showEntity(entity) {
  details.replaceChildren(
    make('h2', entity.name),
    kindBadge(entity.kind),
    make('p', entity.description ?? 'No description.', 'description'),
    make('p', `Key: ${entity.key}`, 'key'),
  );
}

/** @param {string} key */
function entityName(key) {
  const entity = /** @type {Entity | undefined} */ (cy.getElementById(key).data('entity'));
  return entity?.name ?? key;
}

/** @param {string | null} from @param {string | null} to */
function interval(from, to) {
  if (from && to) return `${from} – ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return 'dates unknown';
}

/** Only web addresses become links: a source's url is data, and data must not run script. @param {string | null} url */
function safeLink(url) {
  if (!url) return null;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** @param {Evidence} evidence */
function evidenceItem(evidence) {
  const item = make('li', undefined, 'evidence');
  item.append(evidence.quote ? make('blockquote', evidence.quote) : make('p', 'The source asserts it without a quote.', 'hint'));
  const cite = make('p', undefined, 'source');
  const href = safeLink(evidence.source.url);
  if (href) {
    const link = make('a', evidence.source.title);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    cite.append(link);
  } else {
    cite.append(make('cite', evidence.source.title));
  }
  const about = [evidence.source.publisher, evidence.source.publishedAt].filter(Boolean).join(', ');
  if (about) cite.append(make('span', ` — ${about}`));
  if (evidence.confidence < 1) cite.append(make('span', ` (confidence ${evidence.confidence})`, 'confidence'));
  item.append(cite);
  return item;
}

/** @param {Relation} relation */
function showRelation(relation) {
  const list = make('ul', undefined, 'evidence-list');
  list.append(...relation.evidence.map(evidenceItem));
  details.replaceChildren(
    make('h2', relation.type.toLowerCase().replaceAll('_', ' ')),
    make('p', `${entityName(relation.subject.key)} → ${entityName(relation.object.key)}`, 'relation'),
    make('p', interval(relation.validFrom, relation.validTo), 'interval'),
    make('h3', relation.evidence.length === 1 ? 'Evidence' : `Evidence (${relation.evidence.length} sources)`),
    list,
  );
}

let searchGeneration = 0;
/** @param {string} text @returns {Promise<Entity[] | null>} null when a newer search has started */
async function runSearch(text) {
  const generation = ++searchGeneration;
  const entities = await search(text);
  return generation === searchGeneration ? entities : null;
}

/** @type {ReturnType<typeof setTimeout> | undefined} */
let typingPause;
queryInput.addEventListener('input', () => {
  clearTimeout(typingPause);
  const text = queryInput.value.trim();
  if (!text) {
    searchGeneration++;
    hideResults();
    return;
  }
  typingPause = setTimeout(() => {
    runSearch(text)
      .then((entities) => entities && showResults(entities))
      .catch(showError);
  }, 200);
});

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingPause);
  const text = queryInput.value.trim();
  if (!text) return;
  runSearch(text)
    .then((entities) => {
      if (!entities) return;
      if (entities[0]) choose(entities[0]);
      else showResults(entities);
    })
    .catch(showError);
});

queryInput.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideResults();
  if (event.key === 'ArrowDown') resultList.querySelector('button')?.focus();
});
document.addEventListener('pointerdown', (event) => {
  if (!(event.target instanceof Node && searchForm.contains(event.target))) hideResults();
});

depthSelect.addEventListener('change', () => void reload());
asOfInput.addEventListener('change', () => void reload());

cy.on('tap', 'node', (event) => {
  /** @type {cytoscape.NodeSingular} */
  const node = event.target;
  showEntity(node.data('entity'));
  void expand(node.id());
});

cy.on('tap', 'edge', (event) => {
  /** @type {cytoscape.EdgeSingular} */
  const edge = event.target;
  showRelation(edge.data('relation'));
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
