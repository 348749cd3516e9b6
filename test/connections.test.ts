import { connect, type Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createYogaServer } from '../src/yoga.js';
import { connectTestGraph, silentLogger, type TestGraph } from './support/graph.js';
import { listen } from './support/http-server.js';

/**
 * The HTTP server's own limits, on a real port: slow uploads (slowloris) are closed at the request
 * timeout while ordinary requests are served, and connections past the cap are refused.
 */

const REQUEST_TIMEOUT_MS = 3_000;
let graph: TestGraph;
let server: Awaited<ReturnType<typeof listen>>;
let port: number;

beforeAll(async () => {
  graph = connectTestGraph();
  const yoga = createYogaServer({ database: graph.database, logger: silentLogger });
  server = await listen(yoga, { requestTimeoutMs: REQUEST_TIMEOUT_MS, headersTimeoutMs: 2_000, keepAliveTimeoutMs: 1_000, maxConnections: 600 });
  port = Number(new URL(server.origin).port);
});

afterAll(async () => {
  await server.close();
  await graph.close();
});

/** A client that sends a POST's headers, then its body a byte every 500 ms: never done within any sane timeout. */
function slowUpload(): { socket: Socket; closedAfterMs: Promise<number> } {
  const opened = performance.now();
  const socket = connect({ host: '127.0.0.1', port });
  const drip = setInterval(() => socket.writable && socket.write('x'), 500);
  socket.on('connect', () =>
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{'),
  );
  socket.on('error', () => {});
  socket.resume();
  const closedAfterMs = new Promise<number>((resolve) =>
    socket.once('close', () => {
      clearInterval(drip);
      resolve(performance.now() - opened);
    }),
  );
  return { socket, closedAfterMs };
}

async function ordinaryRequest(): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entity(key: "keir-starmer") { name } }' }),
  });
  const body = (await response.json()) as { data?: { entity?: { name: string } } };
  return { ok: response.ok && body.data?.entity?.name === 'Keir Starmer', ms: performance.now() - started };
}

describe('slow clients', () => {
  it('500 slow uploads are closed at the request timeout, and ordinary requests are served meanwhile', async () => {
    const slow = Array.from({ length: 500 }, slowUpload);
    await delay(500);
    const served: { ok: boolean; ms: number }[] = [];
    for (let at = 0; at < 10; at += 1) {
      served.push(await ordinaryRequest());
      await delay(200);
    }
    const closed = await Promise.all(slow.map((client) => client.closedAfterMs));

    expect(served.every((request) => request.ok)).toBe(true);
    // Node looks for overdue requests once a second: each is closed within that of its timeout.
    expect(Math.min(...closed)).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 100);
    expect(Math.max(...closed)).toBeLessThan(REQUEST_TIMEOUT_MS + 2_500);
  }, 30_000);

  it('refuses connections past the cap at once, and serves again when they are gone', async () => {
    const held = await Promise.all(
      Array.from({ length: 600 }, () => new Promise<Socket>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
        socket.on('error', () => {});
      })),
    );
    await delay(200);
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port });
      socket.on('error', () => resolve(true));
      socket.once('close', () => resolve(true));
      socket.once('data', () => resolve(false));
      socket.on('connect', () => socket.write('GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n'));
    });
    expect(refused).toBe(true);
    for (const socket of held) socket.destroy();
    await delay(200);
    expect((await ordinaryRequest()).ok).toBe(true);
  }, 30_000);
});
