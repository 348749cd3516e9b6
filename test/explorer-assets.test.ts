import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';

/** The explorer's page and assets over HTTP: a fixed list of files, nothing else under /explorer. */

const api = useSeedApi('header');

const get = (path: string, init: { method?: string; body?: string } = {}) => api.yoga().fetch(`http://localhost${path}`, init);

describe('the explorer over HTTP', () => {
  it('serves the page with the GraphQL endpoint filled in and a content policy that keeps it on this server', async () => {
    const response = await get('/explorer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<body data-graphql="/graphql">');
    expect(html).toContain('src="/explorer/cytoscape.min.js"');
    expect(html).toContain('src="/explorer/explorer.js"');
  });

  it.each([
    ['/explorer/explorer.js', 'text/javascript; charset=utf-8', '// @ts-check'],
    ['/explorer/explorer.css', 'text/css; charset=utf-8', '#graph'],
    ['/explorer/cytoscape.min.js', 'text/javascript; charset=utf-8', 'Cytoscape Consortium'],
  ])('serves %s as %s', async (path, contentType, excerpt) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(await response.text()).toContain(excerpt);
  });

  it.each([
    '/explorer/../package.json',
    '/explorer/%2e%2e/package.json',
    '/explorer/..%2Fpackage.json',
    '/explorer/index.html',
    '/explorer/plugin.ts',
    '/explorer/unknown.js',
    '/explorer/cytoscape.min.js/',
  ])('answers 404 for %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('"name": "political-graph"');
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    expect((await get('/explorer', { method: 'POST', body: '{}' })).status).toBe(405);
    const head = await get('/explorer/explorer.css', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
