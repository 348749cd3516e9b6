import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { QueryName } from './workload.js';

/** Latency statistics and their presentation: a console table and a section of EXPLORATION.md. */

export interface Sample {
  query: QueryName;
  category: string;
  /** The request's variables, as JSON: to find the slow ones again. */
  variables: string;
  ms: number;
  truncated: boolean;
  empty: boolean;
  timedOut: boolean;
  /** Cypher statements the request ran (extensions.cost.statements). */
  statements: number;
  neo4jMs: number;
  byStatement: Record<string, number>;
  /** Entities and relations in the answer (for paths: summed over the paths). */
  nodes: number;
  edges: number;
}

export interface Summary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  truncated: number;
  empty: number;
  timedOut: number;
  statements: { min: number; max: number; mean: number };
  /** The statements of the most common kind of request, e.g. "graph.neighbourhood ×1, entity.byKeys ×1". */
  typicalStatements: string;
  meanNodes: number;
  meanEdges: number;
  meanNeo4jMs: number;
}

/** Nearest-rank quantile of ascending samples: the smallest value with at least p of the samples at or below it. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarise(samples: readonly Sample[]): Summary {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const statements = samples.map((sample) => sample.statements);
  const signatures = new Map<string, number>();
  for (const sample of samples) {
    const signature = Object.entries(sample.byStatement).map(([name, count]) => `${name} ×${count}`).join(', ');
    signatures.set(signature, (signatures.get(signature) ?? 0) + 1);
  }
  const typical = [...signatures].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return {
    requests: samples.length,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    mean: mean(sorted),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    truncated: samples.filter((sample) => sample.truncated).length,
    empty: samples.filter((sample) => sample.empty).length,
    timedOut: samples.filter((sample) => sample.timedOut).length,
    statements: { min: Math.min(...statements), max: Math.max(...statements), mean: mean(statements) },
    typicalStatements: typical ? `${typical[0]} (${typical[1]} of ${samples.length})` : '',
    meanNodes: mean(samples.map((sample) => sample.nodes)),
    meanEdges: mean(samples.map((sample) => sample.edges)),
    meanNeo4jMs: mean(samples.map((sample) => sample.neo4jMs)),
  };
}

export function byCategory(samples: readonly Sample[]): [string, Summary][] {
  const groups = new Map<string, Sample[]>();
  for (const sample of samples) groups.set(sample.category, [...(groups.get(sample.category) ?? []), sample]);
  return [...groups].map(([category, group]) => [category, summarise(group)]);
}

const SLOWEST = 5;
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 100 ? 1 : 0) : '–');
const statementRange = (summary: Summary) =>
  summary.statements.min === summary.statements.max
    ? String(summary.statements.min)
    : `${summary.statements.min}–${summary.statements.max} (mean ${summary.statements.mean.toFixed(1)})`;

export function markdownTables(results: { query: QueryName; description: string; samples: Sample[] }[]): string {
  const lines = [
    '| query | requests | p50 ms | p95 ms | p99 ms | mean ms | max ms | truncated | empty | timed out | Cypher statements / request | mean entities / relations in answer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const { description, samples } of results) {
    const s = summarise(samples);
    lines.push(`| ${description} | ${s.requests} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.mean)} | ${ms(s.max)} | ` +
      `${s.truncated} | ${s.empty} | ${s.timedOut} | ${statementRange(s)} | ${s.meanNodes.toFixed(0)} / ${s.meanEdges.toFixed(0)} |`);
  }
  lines.push('', 'By starting point:', '',
    '| query | start | requests | p50 ms | p95 ms | max ms | mean ms in Neo4j | truncated | empty | timed out |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { query, samples } of results) {
    for (const [category, s] of byCategory(samples)) {
      lines.push(`| ${query} | ${category} | ${s.requests} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.max)} | ${ms(s.meanNeo4jMs)} | ${s.truncated} | ${s.empty} | ${s.timedOut} |`);
    }
  }
  lines.push('', 'Statements of a typical request:', '');
  for (const { query, samples } of results) lines.push(`- ${query}: ${summarise(samples).typicalStatements}`);
  lines.push('', 'Slowest requests:', '');
  for (const { query, samples } of results) {
    for (const sample of [...samples].sort((a, b) => b.ms - a.ms).slice(0, SLOWEST)) {
      const outcome = sample.timedOut ? 'timed out' : `${sample.edges} relations${sample.truncated ? ', truncated' : ''}`;
      lines.push(`- ${query} ${sample.variables}: ${ms(sample.ms)} ms (${outcome}; ${ms(sample.neo4jMs)} ms in Neo4j)`);
    }
  }
  return lines.join('\n');
}

export function consoleTable(results: { query: QueryName; samples: Sample[] }[]): void {
  const rows: Record<string, Record<string, string | number>> = {};
  for (const { query, samples } of results) {
    const s = summarise(samples);
    rows[query] = { requests: s.requests, 'p50 ms': ms(s.p50), 'p95 ms': ms(s.p95), 'p99 ms': ms(s.p99), 'mean ms': ms(s.mean),
      'max ms': ms(s.max), truncated: s.truncated, empty: s.empty, 'timed out': s.timedOut, statements: statementRange(s) };
    for (const [category, c] of byCategory(samples)) {
      rows[`  ${query}: ${category}`] = { requests: c.requests, 'p50 ms': ms(c.p50), 'p95 ms': ms(c.p95), 'p99 ms': ms(c.p99),
        'mean ms': ms(c.mean), 'max ms': ms(c.max), truncated: c.truncated, empty: c.empty, 'timed out': c.timedOut, statements: statementRange(c) };
    }
  }
  console.table(rows);
}

/**
 * Replaces this size's section of the report (between `<!-- size:X -->` markers), keeping the
 * other sizes' sections and anything written by hand outside the markers.
 */
export function writeReportSection(file: string, size: string, section: string, header: string): void {
  const begin = `<!-- size:${size} -->`;
  const end = `<!-- /size:${size} -->`;
  const block = `${begin}\n${section.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `${header.trim()}\n`;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from
    ? current.slice(0, from) + block + current.slice(to + end.length)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
