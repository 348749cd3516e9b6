import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
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
