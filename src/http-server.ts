import { createServer, type RequestListener, type Server } from 'node:http';

/** How long a client may take over a connection, and how many it may hold: set on the HTTP server itself. */
export interface ConnectionLimits {
  /** The whole request, headers and body, must arrive within this (slow uploads are closed at it). */
  requestTimeoutMs: number;
  /** The headers must arrive within this. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; more are refused at accept. */
  maxConnections: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
};

/**
 * The HTTP server for the app, with Node's connection timeouts set from the configuration rather
 * than left at their defaults (a request may take 300 s to arrive, headers 60 s, with no cap on
 * connections): so slowloris clients, which open many sockets and trickle their bytes, are closed
 * at the request timeout instead of holding the server.
 */
export function createHttpServer(listener: RequestListener, limits: ConnectionLimits): Server {
  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node looks for requests past their timeout on this interval (30 s by default, by which a 30 s
      // timeout could be overshot by as much again).
      connectionsCheckingInterval: Math.min(1_000, limits.requestTimeoutMs),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
