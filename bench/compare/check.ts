import { difference, QUERY_NAMES, type MixRequest, type QueryName } from './mix.js';
import type { RunningServer } from './processes.js';

/** What the servers' answers to the same requests showed, asked one at a time. */
export interface CheckResult {
  requestsPerQuery: number;
  /** Per query: answers without a relation (without an entity, for search). */
  empty: Record<QueryName, number>;
  /** Per query and server id: Cypher statements per request, exactly (nothing else was running). */
  statements: Record<QueryName, Record<string, { min: number; max: number; mean: number }>>;
}

/**
 * Sends every request to every server and requires the same answer from each as from the first
 * (this server): a comparison of speeds means nothing if the servers answer different questions.
 * Throws at the first disagreement, naming the request and the field.
 */
export async function checkAnswers(servers: RunningServer[], requestsOf: (query: QueryName) => MixRequest[]): Promise<CheckResult> {
  const [reference, ...others] = servers;
  const empty = {} as CheckResult['empty'];
  const statements = {} as CheckResult['statements'];
  let requestsPerQuery = 0;
  for (const query of QUERY_NAMES) {
    const requests = requestsOf(query);
    requestsPerQuery = requests.length;
    empty[query] = 0;
    const counts = new Map<string, number[]>();
    for (const request of requests) {
      const answers = [];
      for (const running of servers) {
        const before = await running.server.statementsRun(running.baseUrl);
        answers.push(await ask(running, request));
        const after = await running.server.statementsRun(running.baseUrl);
        counts.set(running.server.id, [...(counts.get(running.server.id) ?? []), after - before]);
      }
      const [expected, ...actual] = answers;
      for (const [index, answer] of actual.entries()) {
        const found = difference(expected, answer);
        if (found) {
          throw new Error(`(${others[index]!.server.id}) ${others[index]!.server.name} and (${reference!.server.id}) disagree on ` +
            `${request.query}(${JSON.stringify(request.variables)}) at ${found}`);
        }
      }
      if (query === 'search' ? expected!.entities.length === 0 : expected!.relations.length === 0) empty[query] += 1;
    }
    statements[query] = Object.fromEntries(
      [...counts].map(([id, values]) => [id, { min: Math.min(...values), max: Math.max(...values), mean: values.reduce((a, b) => a + b, 0) / values.length }]),
    );
  }
  return { requestsPerQuery, empty, statements };
}

async function ask(running: RunningServer, request: MixRequest) {
  const http = running.server.request(request);
  const response = await fetch(`${running.baseUrl}${http.path}`, { method: http.method, headers: http.headers, body: http.body });
  const text = await response.text();
  if (!response.ok) throw new Error(`(${running.server.id}) answered ${request.query}(${JSON.stringify(request.variables)}) with ${response.status}: ${text.slice(0, 500)}`);
  return running.server.answer(request, JSON.parse(text));
}
