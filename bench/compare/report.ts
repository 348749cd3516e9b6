import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { quantile } from '../explore/report.js';
import type { CheckResult } from './check.js';
import type { LoadSample } from './load.js';
import { DEPTH, DESCRIPTIONS, QUERY_NAMES, type QueryName } from './mix.js';
import type { BenchServer } from './servers/server.js';

export type Workload = QueryName | 'mix';

/** Every stretch of load one server got on one workload, over all rounds, as one figure each. */
export interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  statementsPerRequest: number;
  rssMebibytes: number;
}

export function figuresOf(samples: LoadSample[]): Figures {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const requests = samples.reduce((sum, sample) => sum + sample.requests, 0);
  const seconds = samples.reduce((sum, sample) => sum + sample.seconds, 0);
  return {
    requestsPerSecond: requests / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    failures: samples.reduce((sum, sample) => sum + sample.failures, 0),
    statementsPerRequest: samples.reduce((sum, sample) => sum + sample.statements, 0) / Math.max(1, requests),
    rssMebibytes: Math.max(...samples.map((sample) => sample.rssMebibytes)),
  };
}

export interface Targets {
  /** This server's req/s over @neo4j/graphql's, on the mix: at least 1.5. */
  overPeer: number | null;
  p99NoWorseThanPeer: boolean | null;
  /** This server's req/s over the floor's, on the mix: at least 0.7. */
  ofFloor: number | null;
}

export function targetsOf(mix: Map<string, Figures>): Targets {
  const ours = mix.get('a');
  const floor = mix.get('b');
  const peer = mix.get('d');
  return {
    overPeer: ours && peer ? ours.requestsPerSecond / peer.requestsPerSecond : null,
    p99NoWorseThanPeer: ours && peer ? ours.p99 <= peer.p99 : null,
    ofFloor: ours && floor ? ours.requestsPerSecond / floor.requestsPerSecond : null,
  };
}

const number = (value: number, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : '–';
const ratio = (value: number, reference: number | undefined) =>
  reference && Number.isFinite(value / reference) ? ` (${(value / reference).toFixed(2)}×)` : '';

/** One table per workload: a row per figure, a column per server, each with its ratio to (a). */
export function workloadTable(servers: BenchServer[], figures: Map<string, Figures>): string {
  const reference = figures.get('a');
  const column = (server: BenchServer, row: (figures: Figures) => string) => {
    const own = figures.get(server.id);
    return own ? row(own) : 'not run';
  };
  const rows: [string, (f: Figures) => string][] = [
    ['req/s', (f) => number(f.requestsPerSecond, 1) + ratio(f.requestsPerSecond, reference?.requestsPerSecond)],
    ['p50 ms', (f) => number(f.p50) + ratio(f.p50, reference?.p50)],
    ['p99 ms', (f) => number(f.p99) + ratio(f.p99, reference?.p99)],
    ['Cypher statements / request', (f) => number(f.statementsPerRequest, 2) + ratio(f.statementsPerRequest, reference?.statementsPerRequest)],
    ['server RSS MiB (highest)', (f) => number(f.rssMebibytes) + ratio(f.rssMebibytes, reference?.rssMebibytes)],
    ['failed answers', (f) => number(f.failures)],
  ];
  return [
    `| | ${servers.map((server) => `(${server.id}) ${server.name}`).join(' | ')} |`,
    `| --- | ${servers.map(() => '---:').join(' | ')} |`,
    ...rows.map(([label, row]) => `| ${label} | ${servers.map((server) => column(server, row)).join(' | ')} |`),
  ].join('\n');
}

/** Per question: this server's figures against each target, and where it falls short. */
export function targetTable(results: Map<Workload, Map<string, Figures>>, check: CheckResult | null): string {
  const lines = [
    '| question | depth | (a) statements / request | (a) ÷ (d) req/s (≥ 1.5) | (a) p99 ÷ (d) p99 (≤ 1) | (a) ÷ (b) req/s (≥ 0.7) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const workload of ['mix', ...QUERY_NAMES] as Workload[]) {
    const figures = results.get(workload);
    if (!figures) continue;
    const [ours, floor, peer] = [figures.get('a'), figures.get('b'), figures.get('d')];
    const mark = (value: number | undefined, ok: (value: number) => boolean) =>
      value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)} ${ok(value) ? '✓' : '✗'}`;
    const depth = workload === 'mix' ? null : DEPTH[workload];
    const statements = workload === 'mix' ? ours?.statementsPerRequest : (check?.statements[workload].a?.max ?? ours?.statementsPerRequest);
    lines.push(
      `| ${workload} | ${depth ?? '–'} | ${statements === undefined ? '–' : depth === null ? number(statements, 2) : `${number(statements, 2)} ${statements <= depth ? '✓' : '✗'}`} | ` +
        `${mark(ours && peer ? ours.requestsPerSecond / peer.requestsPerSecond : undefined, (v) => v >= 1.5)} | ` +
        `${mark(ours && peer ? ours.p99 / peer.p99 : undefined, (v) => v <= 1)} | ` +
        `${mark(ours && floor ? ours.requestsPerSecond / floor.requestsPerSecond : undefined, (v) => v >= 0.7)} |`,
    );
  }
  return lines.join('\n');
}

export function checkTable(servers: BenchServer[], check: CheckResult): string {
  return [
    `| question | what is asked | depth | answers without a relation | ${servers.map((server) => `(${server.id}) statements / request`).join(' | ')} |`,
    `| --- | --- | ---: | ---: | ${servers.map(() => '---:').join(' | ')} |`,
    ...QUERY_NAMES.map((query) => {
      const cells = servers.map((server) => {
        const counts = check.statements[query][server.id];
        if (!counts) return '–';
        return counts.min === counts.max ? String(counts.min) : `${counts.min}–${counts.max} (mean ${counts.mean.toFixed(1)})`;
      });
      return `| ${query} | ${DESCRIPTIONS[query]} | ${DEPTH[query]} | ${check.empty[query]} of ${check.requestsPerQuery} | ${cells.join(' | ')} |`;
    }),
  ].join('\n');
}

const ANALYSIS_START = '<!-- analysis: written by hand, kept when the bench rewrites this file -->';
const ANALYSIS_END = '<!-- /analysis -->';

/** Writes the report, keeping the hand-written analysis of the file it replaces. */
export function writeReport(file: string, generated: string): void {
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = previous.indexOf(ANALYSIS_START);
  const end = previous.indexOf(ANALYSIS_END);
  const analysis =
    start >= 0 && end > start ? previous.slice(start, end + ANALYSIS_END.length) : `${ANALYSIS_START}\n## What stands in the way\n\n(not written yet)\n${ANALYSIS_END}`;
  writeFileSync(file, `${generated.trimEnd()}\n\n${analysis}\n`);
}
