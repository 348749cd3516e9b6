import { mkdir, readFile } from 'node:fs/promises';
import type { Core } from 'cytoscape';
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

beforeAll(async () => {
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

/** Where an element is drawn, in page coordinates: cytoscape's rendered position plus the container's box. */
async function pointOn(page: Page, group: 'nodes' | 'edges', id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate(
    ([group, id]) => {
      const { cy } = (globalThis as ExplorerWindow).explorer;
      if (cy[group]().getElementById(id).empty()) throw new Error(`no ${group} drawn with the id ${id}`);
      return group === 'edges' ? cy.edges().getElementById(id).renderedMidpoint() : cy.nodes().getElementById(id).renderedPosition();
    },
    [group, id] as const,
  );
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph container is not visible');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
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

/** Clicks a node where it is drawn, with the mouse. */
async function clickNode(page: Page, id: string) {
  const point = await pointOn(page, 'nodes', id);
  await page.mouse.click(point.x, point.y);
}

interface ApiPath {
  entities: { key: string }[];
  relations: { id: string; type: string; evidence: { quote: string | null; source: { title: string } }[] }[];
}

async function apiPaths(from: string, to: string, maxHops: number): Promise<ApiPath[]> {
  const { data, errors } = await execute<{ paths: ApiPath[] }>(
    yoga,
    `query($from: String!, $to: String!, $maxHops: Int!) { paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {
      entities { key } relations { id type evidence { quote source { title } } } } }`,
    { from, to, maxHops },
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
  const types = ['CANDIDATE_IN', 'CONTESTED', 'GOVERNS', 'HELD_IN', 'HOLDS_OFFICE', 'LEADS', 'LOST', 'PART_OF', 'SPOKESPERSON_FOR', 'SUCCEEDED', 'VOTED_IN', 'WON'];
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
  await finish();
}, 240_000);
