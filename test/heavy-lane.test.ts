import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { laneClient, TakingTurns } from '../src/heavy-lane.js';

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
    expect(laneClient(null, from('10.0.0.1'))).not.toBe(laneClient(null, from('10.0.0.2')));
    expect(laneClient({ name: 'alice' }, from('10.0.0.1'))).toBe(laneClient({ name: 'alice' }, from('10.0.0.2')));
    expect(laneClient({ name: 'alice' }, from('10.0.0.1'))).not.toBe(laneClient(null, from('10.0.0.1')));
  });
});
