import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXAMPLE_TABS } from '../src/graphiql-examples.js';
import { createYogaServer } from '../src/yoga.js';
import { launchChromium } from './support/chromium.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { listen } from './support/http-server.js';
import { projectRoot } from './support/processes.js';

/**
 * GraphiQL as a researcher meets it, in Debian's Chromium: the page opens on a ready example about
 * the seed, runs it, and shows Jeremy Corbyn, with every asset served by this server.
 */

let graph: TestGraph;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  graph = connectTestGraph();
  server = await listen(createYogaServer({ database: graph.database, logger: silentLogger }));
  origin = server.origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await graph?.close();
});

it('opens GraphiQL on the succession example, runs it and shows Jeremy Corbyn', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto(`${origin}/graphql`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
  await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 20_000 }).toContain(
    'WhoSucceededWhom',
  );
  expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual([
    'WhoSucceededWhom',
    'WhoLedLabour',
    'FirstMinister',
    'WhatTheArticleSays',
    'Search',
    'HowConnected',
    'CuratorAssertsAFact',
  ]);

  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST');
  await page.locator('.graphiql-execute-button').click();
  const body = await (await answered).json();
  expect(body.data.relations.edges[0].node.object.name).toBe('Jeremy Corbyn');

  // Monaco lays text out with non-breaking spaces; compare words, not bytes.
  const shownResponse = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
  await expect.poll(shownResponse, { timeout: 20_000 }).toContain('"name": "Jeremy Corbyn"');
  await mkdir(`${projectRoot}/test-results`, { recursive: true });
  await page.screenshot({ path: `${projectRoot}/test-results/graphiql.png` });

  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
}, 90_000);

/** The operation names of the example tabs, in the order GraphiQL shows them. */
const TAB_NAMES = EXAMPLE_TABS.map((tab) => tab.query.match(/^(?:query|mutation) (\w+)/m)![1]!);

/** Waits until the page has settled as a person would see it: fonts swapped in, layout observed. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

/** Clicks every example tab with the mouse and says, for each, whether it opened with its own query. */
async function clickEachTab(page: Page): Promise<string[]> {
  const outcome: string[] = [];
  // The first tab last, so that every click moves to another tab.
  for (const index of [...TAB_NAMES.keys()].slice(1).concat(0)) {
    const name = TAB_NAMES[index]!;
    const tab = page.locator('.graphiql-tab').nth(index);
    await tab.locator('.graphiql-tab-button').click({ timeout: 5_000 });
    const opened = await expect
      .poll(async () => (await tab.getAttribute('aria-selected')) === 'true' && (await page.locator('.graphiql-query-editor').innerText()).includes(name), {
        timeout: 3_000,
      })
      .toBe(true)
      .then(
        () => 'opened',
        () => 'ignored',
      );
    outcome.push(`${name}: ${opened}`);
  }
  return outcome;
}

it('on a first visit, a mouse click on each example tab opens it with its query, also after the window is resized', async () => {
  // A fresh context: empty localStorage and caches, as on a researcher's first visit.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 20_000 }).toBe(TAB_NAMES.length);
    await settled(page);

    const everyTabOpened = [...TAB_NAMES.slice(1), TAB_NAMES[0]].map((name) => `${name}: opened`);
    expect(await clickEachTab(page)).toEqual(everyTabOpened);
    await mkdir(`${projectRoot}/test-results`, { recursive: true });
    await page.screenshot({ path: `${projectRoot}/test-results/graphiql-tabs-clicked.png` });

    // Resizing the window moves nothing either: the tabs stay where they are drawn.
    await page.setViewportSize({ width: 1200, height: 900 });
    await settled(page);
    expect(await clickEachTab(page)).toEqual(everyTabOpened);
  } finally {
    await context.close();
  }
}, 120_000);
