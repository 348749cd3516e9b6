import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { bearerCredential } from './auth/bearer.js';
import { API_KEY_HEADER } from './auth/viewer.js';

/**
 * What one client may take of the server: requests in flight at once, and request time per minute.
 * A client is its credential (an API key or a token: what it sends, hashed, since checking it is
 * later work) or, for anonymous readers, its address. Past either limit it gets 429 with
 * Retry-After, before any work is done, so ten greedy clients cannot starve the rest.
 */
export interface FairShareLimits {
  /** Requests one client may have in flight; more are refused at once. */
  concurrentPerClient: number;
  /** Milliseconds of request time one client may spend per minute (each request costs its duration). */
  requestMsPerMinute: number;
}

export const DEFAULT_FAIR_SHARE: FairShareLimits = { concurrentPerClient: 8, requestMsPerMinute: 60_000 };

/** The endpoints that do work for a client; health, readiness, metrics and static assets are never limited. */
const LIMITED_PATHS = ['/graphql', '/export/'];

/**
 * The fair-share limits as a Yoga plugin. Request time is kept by rate-limiter-flexible, in memory by
 * default; a deployment that runs several server processes passes a shared store (its
 * RateLimiterRedis, with the same points and duration) as `budget`, so the budget holds across them.
 * In-flight counts are per process: a client reaching N processes may have N × the limit in flight.
 */
export function useFairShare(limits: FairShareLimits, trustProxy: boolean, budget: RateLimiterAbstract = memoryBudget(limits)): Plugin {
  const inFlight = new Map<string, number>();
  const started = new WeakMap<Request, { client: string; at: number }>();
  const refuse = (fetchAPI: { Response: typeof Response }, retryAfterSeconds: number, message: string) =>
    fetchAPI.Response.json(
      { errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] },
      { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    );

  const release = (client: string) => {
    const left = (inFlight.get(client) ?? 1) - 1;
    if (left > 0) inFlight.set(client, left);
    else inFlight.delete(client);
  };

  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (!LIMITED_PATHS.some((path) => url.pathname.startsWith(path))) return;
      const client = clientOf(request, (serverContext as { req?: IncomingMessage } | undefined)?.req, trustProxy);
      const running = inFlight.get(client) ?? 0;
      if (running >= limits.concurrentPerClient) {
        return endResponse(refuse(fetchAPI, 1, `This client has ${running} requests in flight; the limit is ${limits.concurrentPerClient}. Wait for one to finish.`));
      }
      // Counted before the budget is read (an await), so a burst cannot all pass the check at once.
      inFlight.set(client, running + 1);
      started.set(request, { client, at: performance.now() });
      // A budget store that fails (a shared Redis gone) must not lock clients out: the request goes through.
      const spent = await budget.get(client).catch(() => null);
      if (spent && spent.remainingPoints <= 0) {
        release(client);
        started.delete(request);
        const seconds = Math.max(1, Math.ceil(spent.msBeforeNext / 1000));
        return endResponse(
          refuse(fetchAPI, seconds, `This client has used its ${limits.requestMsPerMinute} ms of request time for this minute; try again in ${seconds} s.`),
        );
      }
    },
    async onResponse({ request }) {
      const entry = started.get(request);
      if (!entry) return;
      started.delete(request);
      release(entry.client);
      await budget.penalty(entry.client, Math.max(1, Math.round(performance.now() - entry.at))).catch(() => null);
    },
  };
}

function memoryBudget(limits: FairShareLimits): RateLimiterAbstract {
  return new RateLimiterMemory({ points: limits.requestMsPerMinute, duration: 60 });
}

/**
 * Who is asking: their credential as the server reads it (so "Bearer K", "bearer  K" and
 * "x-api-key: K" are one client), hashed; else their address ('local' for requests made in process).
 */
function clientOf(request: Request, incoming: IncomingMessage | undefined, trustProxy: boolean): string {
  const credential = bearerCredential(request) ?? request.headers.get(API_KEY_HEADER)?.trim() ?? request.headers.get('authorization')?.trim();
  if (credential) return `credential:${createHash('sha256').update(credential).digest('hex').slice(0, 32)}`;
  return `address:${clientAddress(request, incoming, trustProxy)}`;
}

/** The address a request comes from: X-Forwarded-For's first entry behind a trusted proxy, else the socket's ('local' in process). */
export function clientAddress(request: Request | undefined, incoming: IncomingMessage | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || incoming?.socket.remoteAddress || 'local';
}
