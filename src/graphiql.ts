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

const GRAPHIQL_BUNDLE = 'yoga-graphiql.umd.js';

/** The only files served, with their content types: nothing else under the asset path resolves. */
const ASSETS: Record<string, string> = {
  'graphiql.css': 'text/css; charset=utf-8',
  [GRAPHIQL_BUNDLE]: 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
};

/**
 * GraphiQL's tabs are framer-motion `Reorder.Item`s that can be dragged within the tab bar (GraphiQL
 * passes the bar as a ref in `dragConstraints`). Each tab measures itself when it mounts, before
 * GraphiQL's effect takes the hidden plugin pane out of the flow, so framer-motion reckons its drag
 * constraints from a layout about half a window to the right. The first time a tab or the bar then
 * changes size (on a first visit when the Roboto web font swaps in, later on any window resize),
 * framer-motion's `scalePositionWithinConstraints` keeps each tab at the same relative place within
 * those constraints by writing a drag offset to it — up to 680 px, to tabs nobody is dragging.
 * GraphiQL's CSS hides the transform of a tab without focus, so nothing shows until a mouse-down
 * focuses the tab: it then jumps away, the mouse-up lands on something else and the click is lost.
 * (The keyboard does not care where a tab is drawn, and after a reload, with the font cached, nothing
 * had resized yet.) framer-motion 12.43 still does this (motiondivision/motion#3823, open), and the
 * latest @graphql-yoga/graphiql, 4.5.0, bundles a build that does.
 *
 * A tab snaps back to its origin when let go (`dragSnapToOrigin`), so at rest its offset is 0: this
 * makes the resize handler write the offset only to an element being dragged, or one without
 * `dragSnapToOrigin`; the handler still measures the constraints again. Returns null, and the bundle
 * is served as it is, when the handler is not found as expected (another build of the bundle).
 */
export function keepResizedTabsInPlace(bundle: string): string | null {
  const method = 'scalePositionWithinConstraints(){';
  const start = bundle.indexOf(method);
  if (start === -1 || bundle.indexOf(method, start + 1) !== -1) return null;
  const end = bundle.indexOf('addListeners(){', start);
  if (end === -1) return null;
  const writes = [...bundle.slice(start, end).matchAll(/(?<=[;,{]|=>)[\w$]+\.set\(/g)];
  if (writes.length !== 1) return null;
  const at = start + writes[0]!.index;
  return `${bundle.slice(0, at)}(this.isDragging||!this.getProps().dragSnapToOrigin)&&${bundle.slice(at)}`;
}

async function readAsset(name: string): Promise<Buffer> {
  const body = await readFile(path.join(assetDirectory, name));
  if (name !== GRAPHIQL_BUNDLE) return body;
  const patched = keepResizedTabsInPlace(body.toString('utf8'));
  return patched === null ? body : Buffer.from(patched, 'utf8');
}

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
      if (!cache.has(name)) cache.set(name, readAsset(name));
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
