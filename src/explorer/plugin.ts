import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/**
 * The analysts' explorer: a page that searches the graph and draws neighbourhoods with Cytoscape.js,
 * talking only to the GraphQL API. Everything it loads is served from here, never from a CDN.
 */

export const EXPLORER_PATH = '/explorer';

const publicDirectory = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public');
const cytoscapeScript = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

/** Where the page reads the GraphQL endpoint from, filled in from Yoga's own setting when served. */
const ENDPOINT_PLACEHOLDER = '{{graphqlEndpoint}}';

interface Asset {
  file: string;
  contentType: string;
  cacheControl: string;
}

const ownFile = (name: string, contentType: string): Asset => ({
  file: path.join(publicDirectory, name),
  contentType,
  // Unversioned names: the browser must ask again so that a new release is picked up at once.
  cacheControl: 'no-cache',
});

/** The page's ES modules: explorer.js imports the others by relative path. */
const MODULES = ['explorer.js', 'api.js', 'controls.js', 'export.js', 'graph.js', 'layout.js', 'messages.js', 'model.js', 'panel.js', 'picker.js', 'search-bars.js', 'view-state.js'];

/** The only paths served, with their files: nothing else under the explorer's path resolves. */
const ASSETS: Record<string, Asset> = {
  [EXPLORER_PATH]: ownFile('index.html', 'text/html; charset=utf-8'),
  ...Object.fromEntries(MODULES.map((name) => [`${EXPLORER_PATH}/${name}`, ownFile(name, 'text/javascript; charset=utf-8')])),
  [`${EXPLORER_PATH}/explorer.css`]: ownFile('explorer.css', 'text/css; charset=utf-8'),
  [`${EXPLORER_PATH}/cytoscape.min.js`]: {
    file: cytoscapeScript,
    contentType: 'text/javascript; charset=utf-8',
    cacheControl: 'public, max-age=86400',
  },
};

/**
 * The page may load from and talk to this server only. Cytoscape.js adds a style element of its own,
 * hence inline styles; scripts stay restricted to the files above.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

export function useExplorer(): Plugin {
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  let graphqlEndpoint = '/graphql';

  const load = (asset: Asset): Promise<Uint8Array<ArrayBuffer>> => {
    if (!cache.has(asset.file)) {
      const read = readFile(asset.file).then((body): Uint8Array<ArrayBuffer> => {
        if (!asset.contentType.startsWith('text/html')) return new Uint8Array(body);
        return new TextEncoder().encode(body.toString('utf8').replace(ENDPOINT_PLACEHOLDER, escapeAttribute(graphqlEndpoint)));
      });
      // A failed read is not remembered, so the next request tries again.
      read.catch(() => cache.delete(asset.file));
      cache.set(asset.file, read);
    }
    return cache.get(asset.file)!;
  };

  return {
    onYogaInit({ yoga }) {
      graphqlEndpoint = yoga.graphqlEndpoint;
    },
    onRequest({ url, request, endResponse, fetchAPI }) {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      const asset = Object.hasOwn(ASSETS, url.pathname) ? ASSETS[url.pathname] : undefined;
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      return load(asset).then((body) =>
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : body, {
            headers: {
              'content-type': asset.contentType,
              'cache-control': asset.cacheControl,
              'content-security-policy': CONTENT_SECURITY_POLICY,
              'x-content-type-options': 'nosniff',
            },
          }),
        ),
      );
    },
  };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
