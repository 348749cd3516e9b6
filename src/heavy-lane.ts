import type { IncomingMessage } from 'node:http';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { getOperationAST, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { clientAddress } from './fair-share.js';

/**
 * Operations the complexity estimate calls heavy (at least `threshold`) run a few at a time
 * (`concurrency`), taking turns between clients (each client's own in arrival order); the rest never
 * wait for them. So however many clients
 * send the most expensive request the limits allow, the light requests of everyone else share the
 * machine with only that many, and keep their speed. Time spent queued counts towards the request
 * timeout; a request that timed out while queued is not run.
 */
export interface HeavyLane {
  threshold: number;
  concurrency: number;
}

export const DEFAULT_HEAVY_LANE: HeavyLane = { threshold: 2_000, concurrency: 1 };

/**
 * The lane itself, shared by /graphql and the exports: a heavy job waits for its client's turn; a
 * light one runs at once. A job whose wait reached the request timeout (its client has been told so)
 * is not run: `skipped` gives its value instead.
 */
export class HeavyLaneGate {
  private readonly turns: TakingTurns;

  constructor(
    private readonly lane: HeavyLane,
    private readonly requestTimeoutMs: number,
    /** Read an anonymous reader's address from X-Forwarded-For, as the fair share does (TRUST_PROXY). */
    private readonly trustProxy = false,
  ) {
    this.turns = new TakingTurns(lane.concurrency);
  }

  /** Whose turn a request waits for (see laneClient). */
  clientOf(viewer: { name: string } | null | undefined, request: Request | undefined, incoming: IncomingMessage | undefined): string {
    return laneClient(viewer, clientAddress(request, incoming, this.trustProxy));
  }

  run<T>(client: string, complexity: number, job: () => Promise<T>, skipped: () => T): Promise<T> {
    if (complexity < this.lane.threshold) return job();
    const queued = performance.now();
    return this.turns.run(client, async () => (performance.now() - queued >= this.requestTimeoutMs ? skipped() : job()));
  }
}

/**
 * Registered before the request timeout (src/operation-limits.ts), which then wraps it: the wait in
 * the queue counts towards the timeout, and a request answered with REQUEST_TIMEOUT while still
 * queued (its deadline passed) is skipped when its turn comes.
 */
export function useHeavyLane(schema: GraphQLSchema, gate: HeavyLaneGate): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const complexity = complexityOf(schema, args.document, args.operationName ?? null, args.contextValue as object, args.variableValues);
      // Past the complexity limit (or unreadable to the estimate), the operation is refused as soon as it runs: it need not queue for that.
      const limitOf = (args.contextValue as { limits?: { complexity: number } }).limits?.complexity ?? Number.POSITIVE_INFINITY;
      if (complexity > limitOf) return;
      const context = args.contextValue as { viewer?: { name: string } | null; request?: Request; req?: IncomingMessage };
      const client = gate.clientOf(context.viewer, context.request, context.req);
      setExecuteFn(
        (executeArgs) =>
          gate.run(client, complexity, async () => executeFn(executeArgs), () => ({ data: null })) as ReturnType<typeof executeFn>,
      );
    },
  };
}

/**
 * Whose turn a job waits for: the holder of its credential, else the address an anonymous reader asks
 * from ('local' in process), so that anonymous readers take turns with each other too.
 */
export function laneClient(viewer: { name: string } | null | undefined, address: string | undefined): string {
  return viewer ? `viewer:${viewer.name}` : `address:${address ?? 'local'}`;
}

/**
 * The estimate of the operation that runs (a document may hold several; complexityFromQuery reads
 * the first), with its fragments; infinite for one the estimate cannot read.
 */
function complexityOf(schema: GraphQLSchema, document: DocumentNode, operationName: string | null, context: object, variables: unknown): number {
  const operation = getOperationAST(document, operationName);
  if (!operation) return Number.POSITIVE_INFINITY;
  const alone: DocumentNode = { ...document, definitions: document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) };
  try {
    return complexityFromQuery(alone, { schema, ctx: context, variables: (variables ?? {}) as Record<string, unknown> }).complexity;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * At most `concurrency` jobs at once; when one ends, the next comes from the client whose turn it is
 * (round robin over the clients waiting), so one client's long queue cannot hold another's job back
 * behind all of it. Hand-written: the queue libraries (p-limit, p-queue) are first in, first out or
 * by priority, not fair between keys.
 */
export class TakingTurns {
  private running = 0;
  /** Waiting jobs by client; a Map keeps insertion order, which is the order of turns. */
  private readonly waiting = new Map<string, (() => void)[]>();

  constructor(private readonly concurrency: number) {}

  run<T>(client: string, job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running += 1;
        job()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.next();
          });
      };
      if (this.running < this.concurrency && this.waiting.size === 0) return start();
      const queue = this.waiting.get(client);
      if (queue) queue.push(start);
      else this.waiting.set(client, [start]);
    });
  }

  private next(): void {
    const [client, queue] = this.waiting.entries().next().value ?? [];
    if (client === undefined || !queue) return;
    const start = queue.shift()!;
    // To the back of the line: the other clients waiting go first.
    this.waiting.delete(client);
    if (queue.length > 0) this.waiting.set(client, queue);
    start();
  }
}
