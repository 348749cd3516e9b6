import { mkdir } from 'node:fs/promises';
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
 * relation with the mouse to read its evidence, click an entity to expand it; every request stays
 * on this server.
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
  await expect.poll(() => nodeNames(page), { timeout: 20_000 }).toContain('Scottish National Party');
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
  await expect.poll(async () => (await nodeNames(page)).length, { timeout: 20_000 }).toBeGreaterThan(before);
  await expect(page.locator('#details h2').innerText()).resolves.toBe('Scottish National Party');
  const names = await nodeNames(page);
  expect(new Set(names).size).toBe(names.length);
  await expect(page.locator('#status').getAttribute('class')).resolves.not.toBe('error');

  await page.screenshot({ path: `${projectRoot}/test-results/explorer.png` });

  expect(problems).toEqual([]);
  expect(requested.filter((url) => !url.startsWith(origin))).toEqual([]);
}, 90_000);
