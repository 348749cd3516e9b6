import autocannon from 'autocannon';
import type { MixRequest } from './mix.js';
import type { RunningServer } from './processes.js';

/** What one stretch of load on one server gave. */
export interface LoadSample {
  requests: number;
  seconds: number;
  /** Milliseconds per answer, every answer (autocannon's 'response' event). */
  latencies: number[];
  /** Answers that were not 2xx, carried GraphQL errors, or never came. */
  failures: number;
  statements: number;
  rssMebibytes: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/**
 * Sends `requests` round robin from `connections` keep-alive connections for `seconds` (autocannon,
 * loopback) and counts what came back, how fast, and the Cypher statements the server ran meanwhile.
 */
export async function applyLoad(running: RunningServer, requests: MixRequest[], options: LoadOptions): Promise<LoadSample> {
  let failures = 0;
  const latencies: number[] = [];
  const statementsBefore = await running.server.statementsRun(running.baseUrl);
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: running.baseUrl,
        connections: options.connections,
        duration: options.seconds,
        timeout: 30,
        requests: requests.map((request) => ({
          ...running.server.request(request),
          onResponse: (status: number, body: string) => {
            if (status < 200 || status >= 300 || body.includes('"errors"')) failures += 1;
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const seconds = (performance.now() - started) / 1000;
  const statements = (await running.server.statementsRun(running.baseUrl)) - statementsBefore;
  return {
    requests: latencies.length,
    seconds,
    latencies,
    failures: failures + result.errors + result.timeouts,
    statements,
    rssMebibytes: await running.rssMebibytes(),
  };
}
