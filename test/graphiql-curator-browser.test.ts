import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiKeyring, newApiKey, parseApiKeys } from '../src/auth/api-keys.js';
import { cypher } from '../src/neo4j/statement.js';
import { writeSeed } from '../src/seed/write-seed.js';
import { createYogaServer } from '../src/yoga.js';
import { launchChromium } from './support/chromium.js';
import { connectTestGraph, deleteByKeyPrefix, silentLogger, uniquePrefix, type TestGraph } from './support/graph.js';
import { listen } from './support/http-server.js';

/**
 * A curator at work in GraphiQL, in Debian's Chromium: a mutation without a key is refused; with the
 * key entered in the Headers pane, the same mutation writes, in the curator's name.
 */

const prefix = uniquePrefix('graphiql-curator');
const k = (name: string) => `${prefix}-${name}`;
const curator = newApiKey('alice', ['curator']);
const MUTATION = `mutation {
  assertRelation(input: {
    type: MEMBER_OF, subject: "${k('ann')}", object: "${k('party')}",
    evidence: [{ source: "${k('note')}", quote: "Ann joined" }]
  }) { key audit { createdBy } }
}`;
const CREATED_BY = cypher('test.createdBy', 'MATCH (relation:Relation {id: $id}) RETURN relation.createdBy AS createdBy');

let graph: TestGraph;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;

beforeAll(async () => {
  graph = connectTestGraph();
  await writeSeed(graph.database, {
    entities: [
      { key: k('ann'), kind: 'PERSON', name: `Ann ${prefix}`, aliases: [], description: null, subKind: null, date: null },
      { key: k('party'), kind: 'ORGANIZATION', name: `Party ${prefix}`, aliases: [], description: null, subKind: 'PARTY', date: null },
    ],
    sources: [{ key: k('note'), kind: 'OTHER', title: 'Note', url: null, publisher: null, publishedAt: null, text: 'Ann joined the party.' }],
  });
  const keyring = new ApiKeyring(parseApiKeys(curator.entry).entries);
  server = await listen(createYogaServer({ database: graph.database, logger: silentLogger, keyring }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await deleteByKeyPrefix(graph.database, prefix);
  await graph?.close();
});

/**
 * Replaces what a Monaco editor holds, dropping the brackets it closes by itself as text arrives, and
 * closes the suggestion list typing opens (it would swallow the next click).
 */
async function replaceEditorText(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Escape');
}

type Answer = { data?: unknown; errors?: { message: string }[] };

/**
 * Presses ▶ and reads the answer. GraphiQL ignores a press while it is still taking in an edit (or
 * while the headers are not yet valid JSON), so press again until a request goes out.
 */
async function run(page: Page): Promise<Answer> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const sent = page
      .waitForRequest((request) => request.url().endsWith('/graphql') && request.method() === 'POST', { timeout: 2_000 })
      .catch(() => null);
    await page.locator('.graphiql-execute-button').click();
    const request = await sent;
    if (request) return (await request.response())!.json();
  }
  throw new Error('GraphiQL sent no request');
}

/** Runs after an edit, again while the answer is still the one from before it (the edit not yet taken in). */
async function runAfterEdit(page: Page, isStale: (answer: Answer) => boolean): Promise<Answer> {
  let answer = await run(page);
  for (let attempt = 0; attempt < 5 && isStale(answer); attempt += 1) {
    await page.waitForTimeout(500);
    answer = await run(page);
  }
  return answer;
}

it('runs the curator example: refused without a key, answered with the key entered in Headers, then writes', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${server.origin}/graphql`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 20_000 });
  await page.locator('.graphiql-tab', { hasText: 'CuratorAssertsAFact' }).click();
  await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 20_000 }).toContain('assertRelation');

  const anonymous = await run(page);
  expect(anonymous.errors?.[0]?.message).toMatch(/needs an API key with the curator scope/);

  await page.getByRole('button', { name: /^headers$/i }).click();
  // The pane opens holding the server's default headers ({"x-query-cost": "true"}); the curator adds the key.
  const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
  expect(await headers.locator('.view-lines').innerText()).toContain('x-query-cost');
  await replaceEditorText(page, headers, JSON.stringify({ 'x-query-cost': 'true', Authorization: `Bearer ${curator.key}` }));
  // The example restates a fact the seed records: with the key, the answer is that refusal, not FORBIDDEN.
  const refused = await runAfterEdit(page, (answer) => /curator scope/.test(answer.errors?.[0]?.message ?? ''));
  expect(refused.errors?.[0]?.message).toMatch(/the same fact is already recorded as relation "steve-reed-spokesperson-for-labour-party"/);

  await replaceEditorText(page, page.locator('.graphiql-query-editor .monaco-editor').first(), MUTATION);
  const written = await runAfterEdit(page, (answer) => /already recorded/.test(answer.errors?.[0]?.message ?? ''));
  expect(written.errors).toBeUndefined();
  const id = `${k('ann')}-member-of-${k('party')}`;
  expect(written.data).toEqual({ assertRelation: { key: id, audit: { createdBy: 'alice' } } });
  const [record] = await graph.database.read(CREATED_BY, { id });
  expect(record?.get('createdBy')).toBe('alice');
}, 90_000);
