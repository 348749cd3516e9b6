import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { HeavyLaneGate, laneClient, TakingTurns } from '../src/heavy-lane.js';

/** The heavy lane's scheduling, alone: clients take turns, so one long queue cannot hold another client back. */

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('TakingTurns', () => {
  it('runs at most `concurrency` jobs at once', async () => {
    const turns = new TakingTurns(2);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 10 }, (_, at) =>
        turns.run(`client-${at % 3}`, async () => {
          running += 1;
          most = Math.max(most, running);
          await tick();
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
  });

  it('gives a client that arrives behind a long queue the next turn, not the last', async () => {
    const turns = new TakingTurns(1);
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
      await tick();
    };
    const greedy = Array.from({ length: 5 }, (_, at) => turns.run('greedy', job(`greedy-${at}`)));
    const polite = turns.run('polite', job('polite'));
    await Promise.all([...greedy, polite]);
    expect(order).toEqual(['greedy-0', 'greedy-1', 'polite', 'greedy-2', 'greedy-3', 'greedy-4']);
  });

  it('passes a job’s failure to its caller and goes on with the others', async () => {
    const turns = new TakingTurns(1);
    const failed = turns.run('a', async () => {
      throw new Error('boom');
    });
    const next = turns.run('b', async () => 'done');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('done');
  });
});

describe('laneClient', () => {
  const from = (remoteAddress: string) => ({ socket: { remoteAddress } }) as IncomingMessage;

  it('tells anonymous readers apart by address, and a credential from any address by its holder', () => {
    expect(laneClient(null, '10.0.0.1')).not.toBe(laneClient(null, '10.0.0.2'));
    expect(laneClient({ name: 'alice' }, '10.0.0.1')).toBe(laneClient({ name: 'alice' }, '10.0.0.2'));
    expect(laneClient({ name: 'alice' }, '10.0.0.1')).not.toBe(laneClient(null, '10.0.0.1'));
  });

  it('reads the address from X-Forwarded-For only behind a trusted proxy, as the fair share does', () => {
    const viaProxy = (client: string) => new Request('http://localhost/graphql', { headers: { 'x-forwarded-for': `${client}, 10.9.9.9` } });
    const trusting = new HeavyLaneGate({ threshold: 1, concurrency: 1 }, 1_000, true);
    const direct = new HeavyLaneGate({ threshold: 1, concurrency: 1 }, 1_000, false);
    const proxy = from('10.9.9.9');
    expect(trusting.clientOf(null, viaProxy('192.0.2.1'), proxy)).not.toBe(trusting.clientOf(null, viaProxy('192.0.2.2'), proxy));
    expect(direct.clientOf(null, viaProxy('192.0.2.1'), proxy)).toBe(direct.clientOf(null, viaProxy('192.0.2.2'), proxy));
  });
});
