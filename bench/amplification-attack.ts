import { newApiKey } from '../src/auth/api-keys.js';
import { rssMebibytes } from './compare/processes.js';

type NewApiKey = ReturnType<typeof newApiKey>;

/**
 * The amplification attack of issue 17, shared by `test/amplification.test.ts` and `npm run
 * bench:amplification`: ten clients, each with its own key and at its in-flight limit, send the most
 * expensive requests the limits allow (refused, each comes back within a second: greedy, not a
 * flood), while an ordinary client asks an ordinary question again and again. The server runs as
 * `npm start` runs it, with `attackerKeys()` among its API_KEYS.
 */

export const ATTACKERS = 10;
export const IN_FLIGHT = 8;

/** Within every default limit (complexity 20,000, response 4 MiB), as wide as they go, on the seed. */
export const EXPENSIVE = [
  `{ neighbourhood(key: "labour-party", depth: 3, limit: 400, perEntity: 100) {
      nodes { key name aliases description } edges { key type validFrom validTo evidence { quote source { key title } } } hubs { key } } }`,
  `{ paths(from: "nicola-sturgeon", to: "jill-mortimer", maxHops: 6, first: 10, maxDegree: 1000000) {
      entities { key name aliases } relations { key type evidence { quote } } } }`,
  `{ a: search(query: "party", first: 100) { edges { node { key name aliases description relations(first: 20) { edges { node { key type } } } } } } }`,
];
export const ORDINARY = '{ entity(key: "keir-starmer") { name relations(first: 5) { edges { node { type object { name } } } } } }';

export function attackerKeys(prefix = ''): ReturnType<typeof newApiKey>[] {
  return Array.from({ length: ATTACKERS }, (_, at) => newApiKey(`${prefix}attacker-${at}`, ['reader']));
}

export interface AmplificationFigures {
  unloadedP99Ms: number;
  loadedP99Ms: number;
  ordinaryRequests: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  /** The attackers' requests: answered, refused with 429, anything else. */
  answered: number;
  refused: number;
  other: number;
}

interface Answer {
  status: number;
  ms: number;
  body: string;
}

export async function post(origin: string, query: string, key?: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, body };
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!;
}

/** The ordinary client for `ms`: each answer must be a whole one; answers its times. */
async function ordinaryFor(origin: string, ms: number): Promise<number[]> {
  const times: number[] = [];
  const until = performance.now() + ms;
  while (performance.now() < until) {
    const answer = await post(origin, ORDINARY);
    if (answer.status !== 200 || answer.body.includes('"errors"')) {
      throw new Error(`an ordinary request failed: ${answer.status} ${answer.body.slice(0, 300)}`);
    }
    times.push(answer.ms);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
}

/** Runs the attack against the server at `origin` (process `pid`) for `seconds`, after measuring it unloaded. */
export async function runAmplification(origin: string, pid: number, attackers: NewApiKey[], seconds: number): Promise<AmplificationFigures> {
  await ordinaryFor(origin, 2_000);
  // As long as the loaded window: two p99s of as many samples, neither noisier than the other.
  const unloaded = await ordinaryFor(origin, (seconds - 1) * 1000);
  const rssBefore = await rssMebibytes(pid);

  let running = true;
  const outcomes = { answered: 0, refused: 0, other: 0 };
  const attack = attackers.flatMap((attacker) =>
    Array.from({ length: IN_FLIGHT }, async (_, lane) => {
      for (let at = lane; running; at += 1) {
        const answer = await post(origin, EXPENSIVE[at % EXPENSIVE.length]!, attacker.key);
        if (answer.status === 200) outcomes.answered += 1;
        else if (answer.status === 429) {
          outcomes.refused += 1;
          // A client that ignores 429 altogether is a flood, for a rate limiter in front of the server.
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        } else outcomes.other += 1;
      }
    }),
  );
  let rssPeak = rssBefore;
  const sampler = setInterval(() => void rssMebibytes(pid).then((mb) => (rssPeak = Math.max(rssPeak, mb))), 250);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const loaded = await ordinaryFor(origin, (seconds - 1) * 1000);
  running = false;
  await Promise.all(attack);
  clearInterval(sampler);
  return {
    unloadedP99Ms: Math.round(p99(unloaded)),
    loadedP99Ms: Math.round(p99(loaded)),
    ordinaryRequests: loaded.length,
    rssBeforeMb: Math.round(rssBefore),
    rssPeakMb: Math.round(rssPeak),
    ...outcomes,
  };
}
