import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Core, EdgeSingular } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createYogaServer } from '../src/yoga.js';
import { launchChromium } from './support/chromium.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { execute } from './support/graphql.js';
import { listen } from './support/http-server.js';
import { projectRoot } from './support/processes.js';

/**
 * The explorer as an analyst meets it, in Debian's Chromium: search, draw a neighbourhood, click a
 * relation with the mouse to read its evidence, click an entity to expand it; ask how two entities
 * are connected; filter; reload or go back to a view from its address; export what is on screen.
 * Every control is worked with the mouse, and every request stays on this server.
 */

/** What the page exposes for tests and the browser console. */
type ExplorerWindow = typeof globalThis & { explorer: { cy: Core } };

let graph: TestGraph;
let yoga: ReturnType<typeof createYogaServer>;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;
let origin: string;
/** The relation types the page offers, from its own model (plain JavaScript, so imported by address). */
let RELATION_TYPES: string[];

beforeAll(async () => {
  ({ RELATION_TYPES } = (await import(pathToFileURL(path.join(projectRoot, 'src/explorer/public/model.js')).href)) as { RELATION_TYPES: string[] });
  graph = connectTestGraph();
  yoga = createYogaServer({ database: graph.database, logger: silentLogger });
  server = await listen(yoga);
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

interface LeadsRelation {
  id: string;
  evidence: { quote: string | null; source: { title: string } }[];
}

/** The relation the test clicks, as the API tells it, so the test does not copy text from the page. */
async function sturgeonLeadsSnp(): Promise<LeadsRelation> {
  const { data, errors } = await execute<{ relations: { edges: { node: LeadsRelation }[] } }>(
    yoga,
    `{ relations(filter: { subject: "nicola-sturgeon", object: "scottish-national-party", types: [LEADS] }) {
      edges { node { id evidence { quote source { title } } } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data?.relations.edges).toHaveLength(1);
  return data!.relations.edges[0]!.node;
}

const nodeNames = (page: Page) =>
  page.evaluate(() => (globalThis as ExplorerWindow).explorer.cy.nodes().map((node) => String(node.data('name'))));

/**
 * Where an element is drawn, in page coordinates: cytoscape's rendered position plus the container's
 * box. The point must be on the drawing's canvas and not under anything else (a notice, the Fit
 * button), or a click there would miss: a node outside the view is first panned into it.
 */
async function pointOn(page: Page, group: 'nodes' | 'edges', id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate(
    ([group, id]) => {
      const { cy } = (globalThis as ExplorerWindow).explorer;
      const element = cy[group]().getElementById(id);
      if (element.empty()) throw new Error(`no ${group} drawn with the id ${id}`);
      const at = () => (group === 'edges' ? cy.edges().getElementById(id).renderedMidpoint() : cy.nodes().getElementById(id).renderedPosition());
      const margin = 60;
      const point = at();
      const dx = Math.min(0, cy.width() - margin - point.x) + Math.max(0, margin - point.x);
      const dy = Math.min(0, cy.height() - margin - point.y) + Math.max(0, margin - point.y);
      if (dx !== 0 || dy !== 0) cy.panBy({ x: dx, y: dy });
      return at();
    },
    [group, id] as const,
  );
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph container is not visible');
  const point = { x: box.x + rendered.x, y: box.y + rendered.y };
  const hit = await page.evaluate(({ x, y }) => {
    const found = document.elementFromPoint(x, y);
    return found instanceof HTMLCanvasElement && document.getElementById('graph')?.contains(found) ? 'canvas' : (found?.outerHTML.slice(0, 80) ?? 'nothing');
  }, point);
  expect(hit, `${group} ${id} at ${point.x},${point.y} is covered`).toBe('canvas');
  return point;
}

it('finds Nicola Sturgeon, shows the evidence of a clicked relation and expands a clicked entity', async () => {
  const relation = await sturgeonLeadsSnp();
  const [firstEvidence] = relation.evidence;
  expect(firstEvidence?.quote).toBeTruthy();

  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requested: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });

  await page.goto(`${origin}/explorer`);
  await page.locator('#depth').selectOption('1');
  await page.locator('#query').pressSequentially('Sturgeon');
  await page.locator('#results button', { hasText: 'Nicola Sturgeon' }).click();
  // The first query of a run meets a cold Neo4j, on a machine that may be busy with other tests.
  await expect.poll(() => nodeNames(page), { timeout: 60_000 }).toContain('Scottish National Party');
  await expect(page.locator('#details h2').innerText()).resolves.toBe('Nicola Sturgeon');

  // A real click where the relation is drawn: the page must find the edge under the mouse itself.
  const edgePoint = await pointOn(page, 'edges', relation.id);
  await page.mouse.click(edgePoint.x, edgePoint.y);
  const panel = page.locator('#details');
  await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain(firstEvidence!.quote!);
  const shown = await panel.innerText();
  expect(shown).toContain(firstEvidence!.source.title);
  expect(shown).toContain('Nicola Sturgeon → Scottish National Party');
  await mkdir(`${projectRoot}/test-results`, { recursive: true });
  await page.screenshot({ path: `${projectRoot}/test-results/explorer-relation.png` });

  const before = (await nodeNames(page)).length;
  const nodePoint = await pointOn(page, 'nodes', 'scottish-national-party');
  await page.mouse.click(nodePoint.x, nodePoint.y);
  await expect.poll(async () => (await nodeNames(page)).length, { timeout: 40_000 }).toBeGreaterThan(before);
  await expect(page.locator('#details h2').innerText()).resolves.toBe('Scottish National Party');
  const names = await nodeNames(page);
  expect(new Set(names).size).toBe(names.length);
  await expect(page.locator('#status').getAttribute('class')).resolves.not.toBe('error');

  await page.screenshot({ path: `${projectRoot}/test-results/explorer.png` });

  expect(problems).toEqual([]);
  expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
}, 180_000);

// ---- the connection search, filters, the view in the address, stable layouts, export ----------

const SHOTS = '/tmp/explorer-shots';

/** A page that records what would make a test pass by accident: script errors and requests elsewhere. */
async function openExplorer(path = '/explorer') {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.goto(`${origin}${path}`);
  await mkdir(SHOTS, { recursive: true });
  const finish = async () => {
    expect(problems).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
    await page.close();
  };
  return { page, finish };
}

/** Waits until the page has answered: the status line no longer says it is loading, and says something. */
async function settled(page: Page) {
  await expect
    .poll(async () => {
      const status = await page.locator('#status').innerText();
      return status !== '' && !status.includes('Loading');
    }, { timeout: 60_000 })
    .toBe(true);
}

/** Types into a picker and clicks the match with the mouse. */
async function pick(page: Page, input: string, typed: string, name: string) {
  await page.locator(`#${input}`).click();
  await page.locator(`#${input}`).pressSequentially(typed);
  const results = input === 'query' ? '#results' : `#${input}-results`;
  await page
    .locator(`${results} button`)
    .filter({ has: page.locator('.name').getByText(name, { exact: true }) })
    .click();
}

/** Picks a value from a select: a click to open it, then the option (Chromium draws native menus outside the page). */
async function choose(page: Page, select: string, value: string) {
  await page.locator(select).click();
  await page.locator(select).selectOption(value);
  // Headless Chromium leaves the opened menu drawn over the page: a click elsewhere closes it.
  await page.locator('h1').click();
}

interface Drawn {
  nodes: { id: string; kind: string; visible: boolean }[];
  edges: { id: string; type: string; visible: boolean; onPath: boolean }[];
}

const drawn = (page: Page): Promise<Drawn> =>
  page.evaluate(() => {
    const { cy } = (globalThis as ExplorerWindow).explorer;
    return {
      nodes: cy.nodes().map((node) => ({ id: node.id(), kind: String(node.data('entity').kind), visible: node.visible() })),
      edges: cy.edges().map((edge) => ({ id: edge.id(), type: String(edge.data('relation').type), visible: edge.visible(), onPath: edge.hasClass('on-path') })),
    };
  });

const visibleNodeIds = async (page: Page) => (await drawn(page)).nodes.filter((node) => node.visible).map((node) => node.id).sort();
const allNodeIds = async (page: Page) => (await drawn(page)).nodes.map((node) => node.id).sort();

/** Closes the notice over the drawing, if one is open, so that it cannot take a click meant for the drawing. */
async function closeNotice(page: Page) {
  if (await page.locator('#notice').isVisible()) await page.locator('#notice-close').click();
  await expect.poll(() => page.locator('#notice').isVisible()).toBe(false);
}

/** Clicks a node where it is drawn, with the mouse. */
async function clickNode(page: Page, id: string, clicks = 1) {
  await closeNotice(page);
  const point = await pointOn(page, 'nodes', id);
  await page.mouse.click(point.x, point.y, { clickCount: clicks });
}

interface ApiPath {
  entities: { key: string }[];
  relations: { id: string; type: string; evidence: { quote: string | null; source: { title: string } }[] }[];
}

async function apiPaths(from: string, to: string, maxHops: number, asOf?: string): Promise<ApiPath[]> {
  const { data, errors } = await execute<{ paths: ApiPath[] }>(
    yoga,
    `query($from: String!, $to: String!, $maxHops: Int!, $asOf: Date) { paths(from: $from, to: $to, maxHops: $maxHops, first: 5, asOf: $asOf) {
      entities { key } relations { id type evidence { quote source { title } } } } }`,
    { from, to, maxHops, asOf },
  );
  expect(errors).toBeUndefined();
  return data!.paths;
}

async function apiNeighbourhood(key: string, depth: number, types?: string[]): Promise<{ nodes: string[]; edges: string[] }> {
  const { data, errors } = await execute<{ neighbourhood: { nodes: { key: string }[]; edges: { id: string }[] } }>(
    yoga,
    `query($key: String!, $depth: Int!, $types: [RelationType!]) { neighbourhood(key: $key, depth: $depth, types: $types, limit: 150) {
      nodes { key } edges { id } } }`,
    { key, depth, types },
  );
  expect(errors).toBeUndefined();
  return { nodes: data!.neighbourhood.nodes.map((node) => node.key).sort(), edges: data!.neighbourhood.edges.map((edge) => edge.id).sort() };
}

it('draws how Keir Starmer and Jeremy Corbyn are connected, hop by hop with evidence, and says when nothing connects two entities', async () => {
  const { page, finish } = await openExplorer();
  const expected = await apiPaths('keir-starmer', 'jeremy-corbyn', 4);
  expect(expected.length).toBeGreaterThan(1);

  await pick(page, 'connect-from', 'Starmer', 'Keir Starmer');
  await pick(page, 'connect-to', 'Corbyn', 'Jeremy Corbyn');
  await page.locator('#find-paths').click();
  await settled(page);

  const { nodes, edges } = await drawn(page);
  // Exactly the entities and relations of the paths, each relation of a path marked as such.
  expect(nodes.map((node) => node.id).sort()).toEqual([...new Set(expected.flatMap((path) => path.entities.map((entity) => entity.key)))].sort());
  expect(edges.filter((edge) => edge.onPath).map((edge) => edge.id).sort()).toEqual([...new Set(expected.flatMap((path) => path.relations.map((relation) => relation.id)))].sort());
  expect(new URL(page.url()).searchParams.get('from')).toBe('keir-starmer');
  expect(new URL(page.url()).searchParams.get('to')).toBe('jeremy-corbyn');
  // Every path is listed in the panel with its hops.
  await expect(page.locator('#details .paths > li').count()).resolves.toBe(expected.length);

  // The one-hop path: a mouse click on its relation shows the quote and the source's title.
  const direct = expected.find((path) => path.relations.length === 1)!.relations[0]!;
  const quoted = direct.evidence.find((evidence) => evidence.quote)!;
  const point = await pointOn(page, 'edges', direct.id);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.locator('#details').innerText(), { timeout: 10_000 }).toContain(quoted.quote!);
  expect(await page.locator('#details').innerText()).toContain(quoted.source.title);
  expect(await page.locator('#details').innerText()).toContain('Keir Starmer → Jeremy Corbyn');
  await page.screenshot({ path: `${SHOTS}/paths.png` });

  // Nicola Sturgeon and Hartlepool are five hops apart: within four the page must say so, not stay blank.
  expect(await apiPaths('nicola-sturgeon', 'hartlepool', 4)).toEqual([]);
  await page.locator('#connect-from').fill('');
  await pick(page, 'connect-from', 'Sturgeon', 'Nicola Sturgeon');
  await page.locator('#connect-to').fill('');
  await pick(page, 'connect-to', 'Hartlepool', 'Hartlepool');
  await page.locator('#find-paths').click();
  await settled(page);
  await expect(page.locator('#notice').isVisible()).resolves.toBe(true);
  expect(await page.locator('#notice').innerText()).toContain('No connection between Nicola Sturgeon and Hartlepool within 4 hops');
  expect(await allNodeIds(page)).toEqual(['hartlepool', 'nicola-sturgeon']);
  await page.screenshot({ path: `${SHOTS}/no-path.png` });

  // Allowing six hops finds the five-hop paths.
  const further = await apiPaths('nicola-sturgeon', 'hartlepool', 6);
  expect(further.length).toBeGreaterThan(0);
  await choose(page, '#max-hops', '6');
  await settled(page);
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual([...new Set(further.flatMap((path) => path.entities.map((entity) => entity.key)))].sort());
  await expect(page.locator('#notice').isVisible()).resolves.toBe(false);
  await page.screenshot({ path: `${SHOTS}/paths-six-hops.png` });
  await finish();
}, 240_000);

it('filters by kind on the page and by relation type through the API, for what is drawn and for expansions', async () => {
  const { page, finish } = await openExplorer();
  await pick(page, 'query', 'Starmer', 'Keir Starmer');
  await settled(page);
  const everything = await apiNeighbourhood('keir-starmer', 2);
  expect(await allNodeIds(page)).toEqual(everything.nodes);
  const before = await drawn(page);
  const places = before.nodes.filter((node) => node.kind === 'PLACE').map((node) => node.id);
  expect(places.length).toBeGreaterThan(0);

  await page.locator('#filters summary').click();
  await page.locator('#kind-filters label', { hasText: 'Place' }).click();
  await page.screenshot({ path: `${SHOTS}/filters-open.png` });
  await expect
    .poll(async () => (await drawn(page)).nodes.filter((node) => node.visible).map((node) => node.id).sort())
    .toEqual(before.nodes.filter((node) => node.kind !== 'PLACE').map((node) => node.id).sort());
  // Their relations go with them; the rest stay.
  const afterKinds = await drawn(page);
  for (const edge of afterKinds.edges) {
    const ends = await page.evaluate((id) => {
      const edge = (globalThis as ExplorerWindow).explorer.cy.getElementById(id);
      return [edge.source().data('entity').kind, edge.target().data('entity').kind];
    }, edge.id);
    expect(edge.visible).toBe(!ends.includes('PLACE'));
  }
  expect(new URL(page.url()).searchParams.get('hide')).toBe('PLACE');

  // A relation type is asked of the API: the drawing becomes what the API answers without it.
  const types = RELATION_TYPES.filter((type) => type !== 'MEMBER_OF');
  const withoutMembers = await apiNeighbourhood('keir-starmer', 2, types);
  expect(withoutMembers.nodes).not.toEqual(everything.nodes);
  expect(before.edges.some((edge) => edge.type === 'MEMBER_OF')).toBe(true);
  await page.locator('#type-filters label', { hasText: 'member of' }).click();
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual(withoutMembers.nodes);
  await settled(page);
  expect((await drawn(page)).edges.map((edge) => edge.id).sort()).toEqual(withoutMembers.edges);
  expect(new URL(page.url()).searchParams.get('types')).toBe(types.join(','));
  await expect(page.locator('#filter-count').innerText()).resolves.toBe('(2 off)');

  // Expansions follow the same filter. Jill Mortimer is a member of the Conservative Party: once both
  // are drawn (expanding the by-election), expanding her brings her office but not that membership.
  await page.locator('#graph').click({ position: { x: 5, y: 5 } });
  await clickNode(page, '2021-hartlepool-by-election');
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toContain('jill-mortimer');
  await settled(page);
  await clickNode(page, 'jill-mortimer');
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toContain('mp-for-hartlepool');
  await settled(page);
  const expanded = await drawn(page);
  expect(expanded.nodes.map((node) => node.id)).toContain('conservative-party');
  expect(expanded.edges.filter((edge) => edge.type === 'MEMBER_OF')).toEqual([]);
  expect(expanded.nodes.filter((node) => node.kind === 'PLACE' && node.visible)).toEqual([]);
  expect(new URL(page.url()).searchParams.get('expand')).toBe('2021-hartlepool-by-election,jill-mortimer');
  await page.screenshot({ path: `${SHOTS}/filtered.png` });
  await finish();
}, 240_000);

it('keeps the view in the address: a reload draws the same nodes, back and forward step through expansions', async () => {
  const { page, finish } = await openExplorer();
  await pick(page, 'query', 'Starmer', 'Keir Starmer');
  await choose(page, '#depth', '1');
  await settled(page);
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual((await apiNeighbourhood('keir-starmer', 1)).nodes);
  const beforeExpansion = await allNodeIds(page);
  await clickNode(page, 'labour-party');
  await expect.poll(async () => (await allNodeIds(page)).length, { timeout: 40_000 }).toBeGreaterThan(beforeExpansion.length);
  await settled(page);
  await page.locator('#filters summary').click();
  await page.locator('#kind-filters label', { hasText: 'Election' }).click();
  await page.locator('#graph').click({ position: { x: 5, y: 5 } });
  const expandedAll = await allNodeIds(page);
  const expandedVisible = await visibleNodeIds(page);
  expect(expandedVisible.length).toBeLessThan(expandedAll.length);
  const link = page.url();
  expect(Object.fromEntries(new URL(link).searchParams)).toEqual({ focus: 'keir-starmer', depth: '1', expand: 'labour-party', hide: 'ELECTION' });

  // Opened afresh in another page, the link draws the same entities, hidden the same way.
  const { page: other, finish: finishOther } = await openExplorer(new URL(link).pathname + new URL(link).search);
  await settled(other);
  await expect.poll(() => allNodeIds(other), { timeout: 40_000 }).toEqual(expandedAll);
  expect(await visibleNodeIds(other)).toEqual(expandedVisible);
  await expect(other.locator('#depth').inputValue()).resolves.toBe('1');
  await expect(other.locator('#query').inputValue()).resolves.toBe('Keir Starmer');
  await other.screenshot({ path: `${SHOTS}/from-link.png` });
  await finishOther();

  await page.reload();
  await settled(page);
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual(expandedAll);

  // Back: the kinds come back; back again: the expansion goes; forward: it returns.
  await page.goBack();
  await expect.poll(() => visibleNodeIds(page), { timeout: 40_000 }).toEqual(expandedAll);
  await page.goBack();
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual(beforeExpansion);
  await page.goForward();
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual(expandedAll);
  await finish();
}, 240_000);

it('says so when an expansion adds nothing, and leaves every drawn node where it was when one adds something', async () => {
  const { page, finish } = await openExplorer();
  await pick(page, 'query', 'SNP', 'Scottish National Party');
  await choose(page, '#depth', '1');
  await settled(page);
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toEqual((await apiNeighbourhood('scottish-national-party', 1)).nodes);

  // The SNP's neighbours are all drawn already: expanding it must say so rather than do nothing silently.
  const nodesBefore = await allNodeIds(page);
  await clickNode(page, 'scottish-national-party');
  await expect.poll(() => page.locator('#notice').isVisible(), { timeout: 40_000 }).toBe(true);
  expect(await page.locator('#notice').innerText()).toContain('Expanding Scottish National Party added nothing new');
  expect(await allNodeIds(page)).toEqual(nodesBefore);
  await page.screenshot({ path: `${SHOTS}/nothing-new.png` });

  // Nicola Sturgeon has neighbours not drawn yet: they are added, and nothing drawn before moves.
  const positions = () =>
    page.evaluate(() =>
      Object.fromEntries(
        (globalThis as ExplorerWindow).explorer.cy.nodes().map((node) => [node.id(), { model: node.position(), rendered: node.renderedPosition() }]),
      ),
    );
  const placed = await positions();
  await clickNode(page, 'nicola-sturgeon');
  await expect.poll(async () => (await allNodeIds(page)).length, { timeout: 40_000 }).toBeGreaterThan(nodesBefore.length);
  await settled(page);
  await expect(page.locator('#notice').isVisible()).resolves.toBe(false);
  const after = await positions();
  for (const [id, before] of Object.entries(placed)) {
    const now = after[id]!;
    expect(Math.abs(now.model.x - before.model.x), id).toBeLessThanOrEqual(1);
    expect(Math.abs(now.model.y - before.model.y), id).toBeLessThanOrEqual(1);
    expect(Math.abs(now.rendered.x - before.rendered.x), id).toBeLessThanOrEqual(1);
    expect(Math.abs(now.rendered.y - before.rendered.y), id).toBeLessThanOrEqual(1);
  }
  // The newcomers are laid out, not heaped on the node expanded or on one another.
  const newcomers = Object.keys(after).filter((id) => !(id in placed));
  for (const id of newcomers) {
    for (const [otherId, other] of Object.entries(after)) {
      if (otherId === id) continue;
      const distance = Math.hypot(after[id]!.model.x - other.model.x, after[id]!.model.y - other.model.y);
      expect(distance, `${id} and ${otherId}`).toBeGreaterThan(25);
    }
  }
  await page.screenshot({ path: `${SHOTS}/expanded.png` });
  await finish();
}, 240_000);

it('exports what is on screen, and only that, as Cytoscape.js JSON', async () => {
  const { page, finish } = await openExplorer();
  await pick(page, 'query', 'Starmer', 'Keir Starmer');
  await settled(page);
  await page.locator('#filters summary').click();
  await page.locator('#kind-filters label', { hasText: 'Office' }).click();
  await page.locator('#graph').click({ position: { x: 5, y: 5 } });
  const onScreen = await drawn(page);
  const visibleNodes = onScreen.nodes.filter((node) => node.visible).map((node) => node.id).sort();
  const visibleEdges = onScreen.edges.filter((edge) => edge.visible).map((edge) => edge.id).sort();
  expect(visibleNodes.length).toBeLessThan(onScreen.nodes.length);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
  expect(download.suggestedFilename()).toBe('keir-starmer.cyjs');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    elements: { nodes: { data: { id: string; label: string; kind: string }; position: { x: number } }[]; edges: { data: { id: string; source: string; target: string } }[] };
  };
  expect(file.elements.nodes.map((node) => node.data.id).sort()).toEqual(visibleNodes);
  expect(file.elements.edges.map((edge) => edge.data.id).sort()).toEqual(visibleEdges);
  expect(file.elements.nodes.find((node) => node.data.id === 'keir-starmer')?.data.label).toBe('Keir Starmer');
  expect(file.elements.nodes.every((node) => node.data.kind !== 'OFFICE' && typeof node.position.x === 'number')).toBe(true);

  // Each element carries what the server's own export writes for it, with the same values.
  const response = await yoga.fetch('http://localhost/export/cytoscape?key=keir-starmer&depth=2');
  expect(response.status).toBe(200);
  type Element = { data: Record<string, unknown> };
  const server = (await response.json()) as { elements: { nodes: Element[]; edges: Element[] } };
  const byId = (elements: Element[]) => new Map(elements.map((element) => [String(element.data['id']), element.data]));
  const serverNodes = byId(server.elements.nodes);
  const serverEdges = byId(server.elements.edges);
  let compared = 0;
  for (const [own, theirs] of [
    [file.elements.nodes as unknown as Element[], serverNodes],
    [file.elements.edges as unknown as Element[], serverEdges],
  ] as const) {
    for (const element of own) {
      const expected = theirs.get(String(element.data['id']));
      if (!expected) continue;
      compared++;
      expect(element.data, String(element.data['id'])).toEqual(expected);
    }
  }
  expect(compared).toBeGreaterThan(visibleNodes.length / 2);
  await finish();
}, 240_000);

/** The relation ids the side panel's hop buttons select. */
const listedHops = (page: Page) => page.locator('#details .paths button.hop').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset['relation'] ?? ''));

it('keeps the path list in step with the drawing when the date or the relation types change, and leads back to it from a hop', async () => {
  const { page, finish } = await openExplorer('/explorer?from=keir-starmer&to=jeremy-corbyn');
  const expected = await apiPaths('keir-starmer', 'jeremy-corbyn', 4);
  await settled(page);
  await expect.poll(() => page.locator('#details .paths > li').count(), { timeout: 40_000 }).toBe(expected.length);

  // A hop in the list shows its evidence, and a control leads back to the list.
  await page.locator('#details .paths button.hop').first().click();
  await expect.poll(() => page.locator('#details h3').textContent()).toContain('Evidence');
  await page.locator('#details button.back').click();
  await expect(page.locator('#details .paths > li').count()).resolves.toBe(expected.length);

  // No type followed: nothing connects them, and the list says so.
  await page.locator('#filters summary').click();
  await page.locator('#types-none').click();
  await settled(page);
  await expect.poll(() => page.locator('#notice').isVisible(), { timeout: 40_000 }).toBe(true);
  await expect(page.locator('#details .paths').count()).resolves.toBe(0);
  // Every type again: the same view, redrawn, and its list with it; the notice goes.
  await page.locator('#types-all').click();
  await settled(page);
  await expect.poll(() => page.locator('#details .paths > li').count(), { timeout: 40_000 }).toBe(expected.length);
  await expect(page.locator('#notice').isVisible()).resolves.toBe(false);
  await page.locator('h1').click();

  // A date: the list is the API's answer for that day, and every hop in it is drawn.
  let asOf = '';
  let then: ApiPath[] = [];
  for (const day of ['2019-06-01', '2017-06-01', '2021-01-01', '2016-06-01', '2023-01-01']) {
    then = await apiPaths('keir-starmer', 'jeremy-corbyn', 4, day);
    asOf = day;
    if (then.length > 0 && then.length !== expected.length) break;
  }
  expect(then.length).toBeGreaterThan(0);
  expect(then.length, asOf).not.toBe(expected.length);
  await page.locator('#as-of').fill(asOf);
  await page.locator('#as-of').dispatchEvent('change');
  await settled(page);
  await expect.poll(() => page.locator('#details .paths > li').count(), { timeout: 40_000 }).toBe(then.length);
  const drawnEdges = new Set((await drawn(page)).edges.map((edge) => edge.id));
  const hops = await listedHops(page);
  expect(hops.length).toBeGreaterThan(0);
  for (const hop of hops) expect(drawnEdges.has(hop), hop).toBe(true);
  await page.screenshot({ path: `${SHOTS}/paths-as-of.png` });
  await finish();
}, 240_000);

it('expands an entity once however often it is clicked, caps what a link may expand, and keeps the hops chosen', async () => {
  const { page, finish } = await openExplorer('/explorer?focus=keir-starmer&depth=1');
  const asked: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (body.includes('ExplorerNeighbourhood')) asked.push(String((JSON.parse(body) as { variables: { key: string } }).variables.key));
  });
  await settled(page);
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toContain('labour-party');

  // A double click is one expansion: one request, one entry in the address, no "nothing new".
  const before = (await allNodeIds(page)).length;
  asked.length = 0;
  await clickNode(page, 'labour-party', 2);
  await expect.poll(async () => (await allNodeIds(page)).length, { timeout: 40_000 }).toBeGreaterThan(before);
  await settled(page);
  await page.waitForTimeout(500);
  expect(asked).toEqual(['labour-party']);
  expect(new URL(page.url()).searchParams.get('expand')).toBe('labour-party');
  // A notice may say where the newcomers went, never that the expansion found nothing new.
  expect(await page.locator('#notice').isVisible() ? await page.locator('#notice').innerText() : '').not.toContain('added nothing');
  await page.screenshot({ path: `${SHOTS}/double-click.png` });

  // "Within" keeps its value outside a connection view, when the other controls are shown again.
  await choose(page, '#max-hops', '6');
  await choose(page, '#depth', '2');
  await settled(page);
  await expect(page.locator('#max-hops').inputValue()).resolves.toBe('6');

  // A click while the view is redrawn waits for the drawing, so the address and the drawing agree.
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toContain('andy-burnham');
  await page.locator('#depth').selectOption('1');
  await clickNode(page, 'andy-burnham');
  await expect.poll(() => new URL(page.url()).searchParams.get('expand'), { timeout: 40_000 }).toBe('labour-party,andy-burnham');
  await settled(page);
  const burnham = await apiNeighbourhood('andy-burnham', 1);
  const now = new Set(await allNodeIds(page));
  for (const key of [...burnham.nodes, ...(await apiNeighbourhood('keir-starmer', 1)).nodes]) expect(now.has(key), key).toBe(true);
  await finish();

  // A link asking for many expansions, some twice, gets each once and at most twenty.
  const keys = [...new Set([...(await apiNeighbourhood('keir-starmer', 2)).nodes, ...(await apiNeighbourhood('labour-party', 2)).nodes])].filter((key) => key !== 'keir-starmer');
  expect(keys.length).toBeGreaterThan(25);
  const many = [...keys.slice(0, 25), keys[0]!, keys[1]!];
  const { page: crafted, finish: finishCrafted } = await openExplorer(`/explorer?focus=keir-starmer&depth=1&expand=${many.join(',')}`);
  await settled(crafted);
  await expect.poll(() => crafted.locator('#notice').isVisible(), { timeout: 40_000 }).toBe(true);
  expect(await crafted.locator('#notice').innerText()).toContain('at most 20');
  const expanded = new URL(crafted.url()).searchParams.get('expand')!.split(',');
  expect(expanded).toEqual(keys.slice(0, 20));
  await finishCrafted();
}, 240_000);

it('says so when an expansion lands outside the view, and Fit brings it in without moving a node', async () => {
  const { page, finish } = await openExplorer('/explorer?focus=keir-starmer&depth=1');
  await settled(page);
  await expect.poll(() => allNodeIds(page), { timeout: 40_000 }).toContain('labour-party');
  // Zoomed right in on the Labour Party, its new neighbours cannot all be in view.
  await page.evaluate(() => {
    const { cy } = (globalThis as ExplorerWindow).explorer;
    cy.zoom(3);
    cy.center(cy.getElementById('labour-party'));
  });
  const before = (await allNodeIds(page)).length;
  await clickNode(page, 'labour-party');
  await expect.poll(async () => (await allNodeIds(page)).length, { timeout: 40_000 }).toBeGreaterThan(before);
  await settled(page);
  await expect.poll(() => page.locator('#notice').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await page.locator('#notice').innerText()).toMatch(/\d+ new entit(y|ies) outside the view/);
  await page.screenshot({ path: `${SHOTS}/expanded-outside.png` });
  const models = () => page.evaluate(() => (globalThis as ExplorerWindow).explorer.cy.nodes().map((node) => ({ ...node.position() })));
  const placed = await models();
  await page.locator('#notice button.fit').click();
  await expect(page.locator('#notice').isVisible()).resolves.toBe(false);
  expect(await models()).toEqual(placed);
  const inView = await page.evaluate(() => {
    const { cy } = (globalThis as ExplorerWindow).explorer;
    const view = cy.extent();
    return cy
      .nodes(':visible')
      .map((node) => node.position())
      .every(({ x, y }) => x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2);
  });
  expect(inView).toBe(true);
  await page.screenshot({ path: `${SHOTS}/expanded-fit.png` });
  await finish();
}, 240_000);

it('lays out paths so that no relation is drawn through an entity it does not join', async () => {
  // Jill Mortimer is a member of the Conservative Party, and connected to it by longer paths too.
  const pairs = [['jill-mortimer', 'conservative-party', 4], ['mike-hill', 'mp-for-hartlepool', 4], ['keir-starmer', 'jeremy-corbyn', 4], ['nicola-sturgeon', 'hartlepool', 6]] as const;
  for (const [from, to, hops] of pairs) {
    const { page, finish } = await openExplorer(`/explorer?from=${from}&to=${to}&hops=${hops}`);
    await settled(page);
    await expect.poll(async () => (await drawn(page)).edges.length, { timeout: 40_000 }).toBeGreaterThan(0);
    const crossings = await page.evaluate(() => {
      const { cy } = (globalThis as ExplorerWindow).explorer;
      /** Points along an edge as drawn: a straight line, or a quadratic curve through its control point. */
      const along = (edge: EdgeSingular) => {
        const a = edge.sourceEndpoint();
        const b = edge.targetEndpoint();
        const controls = edge.controlPoints() ?? [];
        const c = controls.length === 1 ? controls[0]! : { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        return Array.from({ length: 101 }, (_, step) => {
          const t = step / 100;
          return { x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * c.x + t ** 2 * b.x, y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * c.y + t ** 2 * b.y };
        });
      };
      const found: string[] = [];
      cy.edges(':visible').forEach((edge) => {
        const points = along(edge);
        cy.nodes(':visible').forEach((node) => {
          if (node.same(edge.source()) || node.same(edge.target())) return;
          const box = node.boundingBox({ includeLabels: false });
          if (points.some(({ x, y }) => x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2)) found.push(`${edge.id()} through ${node.id()}`);
        });
      });
      return found;
    });
    await page.screenshot({ path: `${SHOTS}/paths-layout-${from}-${to}.png` });
    expect(crossings, `${from} – ${to}`).toEqual([]);
    await finish();
  }
}, 240_000);
