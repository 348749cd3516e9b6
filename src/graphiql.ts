import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderGraphiQL, type GraphiQLOptions, type Plugin } from 'graphql-yoga';

/**
 * GraphiQL served from this server instead of a CDN, so that it works offline, behind firewalls and
 * with a strict content policy. The assets come from the @graphql-yoga/graphiql package.
 */

export const GRAPHIQL_ASSET_PATH = '/graphiql-assets/';

const CDN_BASE = /https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g;
const REMOTE_FAVICON = /<link rel=icon href=https:[^>]*>/;

const assetDirectory = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')),
  'dist',
);

/** The only files served, with their content types: nothing else under the asset path resolves. */
const ASSETS: Record<string, string> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

export function renderLocalGraphiQL(options: GraphiQLOptions = {}): string {
  // Yoga's GraphiQL 4 component opens on its `query` option and otherwise on a welcome text of its
  // own; Yoga's typed options only know `defaultQuery`, so pass it on under the name it reads.
  return renderGraphiQL({ ...options, query: options.defaultQuery } as GraphiQLOptions)
    .replace(CDN_BASE, GRAPHIQL_ASSET_PATH)
    .replace(REMOTE_FAVICON, '');
}

export function useGraphiQLAssets(): Plugin {
  const cache = new Map<string, Promise<Buffer>>();
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSET_PATH)) return;
      const name = url.pathname.slice(GRAPHIQL_ASSET_PATH.length);
      const contentType = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
      if (!contentType) {
        endResponse(new fetchAPI.Response('Not found', { status: 404 }));
        return;
      }
      if (!cache.has(name)) cache.set(name, readFile(path.join(assetDirectory, name)));
      return cache.get(name)!.then((body) =>
        endResponse(
          new fetchAPI.Response(new Uint8Array(body), {
            headers: { 'content-type': contentType, 'cache-control': 'public, max-age=86400' },
          }),
        ),
      );
    },
  };
}
