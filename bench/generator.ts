import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { RelationType } from '../src/model/relation.js';
import { ReportWriter, type Story } from './generate/articles.js';
import {
  constituencyStories,
  devolvedStories,
  emptyResults,
  localStories,
  nationalStories,
  referendumStories,
} from './generate/elections.js';
import { planGraph, personKey, personName, type Plan } from './generate/plan.js';
import { geographyStories, leadershipStories, membershipStories, spokespersonStories } from './generate/politics.js';
import { contextFor } from './generate/relations.js';
import type { GeneratedBatch, GeneratedEntity, GeneratedEvidence, GeneratedRelation, GeneratedSource } from './generate/types.js';

export type { GeneratedBatch, GeneratedEntity, GeneratedEvidence, GeneratedRelation, GeneratedSource } from './generate/types.js';

/**
 * A deterministic generator of a political graph shaped like the real one: people (most of it),
 * a few parties that are hubs with thousands of members, offices, places and elections, joined by
 * relations of the project's vocabulary with dated validity and evidence quoting generated news
 * reports. The same size and seed give byte-identical batches (`npx tsx bench/generator.ts --size
 * 10k` prints a digest to compare).
 *
 * Rows are produced lazily, a batch at a time: what stays in memory is the plan (one small
 * typed-array slot per person, plus the non-person entities) and the current batch.
 */

export const DEFAULT_SEED = 20210507;
/** Bump whenever a change alters the generated rows: a database loaded by an older version is then loaded again. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_BATCH_SIZE = 5000;

/** "10k", "100k", "1M" or a plain number of entities. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!match) throw new Error(`--size must look like 10k, 100k, 1M or 25000, not "${text}"`);
  const scale = { '': 1, k: 1_000, m: 1_000_000 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(match[1]) * scale);
}

export interface GenerationStats {
  entities: number;
  sources: number;
  relations: number;
  evidence: number;
  relationsByType: Partial<Record<RelationType, number>>;
}

export interface GeneratedGraph {
  readonly plan: Plan;
  /** Entities first (all of them), then facts; every call starts again from the beginning. */
  batches(): Generator<GeneratedBatch>;
  /** Counts of what the last `batches()` run has produced so far. */
  readonly stats: GenerationStats;
}

export function generateGraph(options: { entities: number; seed?: number; batchSize?: number }): GeneratedGraph {
  const seed = options.seed ?? DEFAULT_SEED;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const plan = planGraph(options.entities, seed);
  const stats: GenerationStats = { entities: 0, sources: 0, relations: 0, evidence: 0, relationsByType: {} };

  function* batches(): Generator<GeneratedBatch> {
    Object.assign(stats, { entities: 0, sources: 0, relations: 0, evidence: 0, relationsByType: {} });
    let entities: GeneratedEntity[] = [];
    for (const entity of allEntities(plan)) {
      entities.push(entity);
      if (entities.length >= batchSize) {
        stats.entities += entities.length;
        yield { kind: 'entities', entities };
        entities = [];
      }
    }
    if (entities.length > 0) {
      stats.entities += entities.length;
      yield { kind: 'entities', entities };
    }

    const context = contextFor(plan);
    const writer = new ReportWriter(seed);
    let sources: GeneratedSource[] = [];
    let relations: GeneratedRelation[] = [];
    let evidence: GeneratedEvidence[] = [];
    const flush = (): GeneratedBatch => {
      const batch: GeneratedBatch = { kind: 'facts', sources, relations, evidence };
      stats.sources += sources.length;
      stats.relations += relations.length;
      stats.evidence += evidence.length;
      stats.relationsByType = Object.fromEntries([...context.relations.byType].sort(([a], [b]) => a.localeCompare(b)));
      sources = [];
      relations = [];
      evidence = [];
      return batch;
    };
    for (const story of stories(context)) {
      const report = writer.write(story);
      sources.push(...report.sources);
      relations.push(...story.facts.map((fact) => fact.relation));
      evidence.push(...report.evidence);
      if (relations.length >= batchSize) yield flush();
    }
    if (relations.length > 0) yield flush();
  }

  return { plan, batches, stats };
}

function* stories(context: ReturnType<typeof contextFor>): Generator<Story> {
  const results = emptyResults(context.plan);
  yield* geographyStories(context);
  yield* membershipStories(context);
  yield* leadershipStories(context);
  yield* constituencyStories(context, results);
  yield* nationalStories(context, results);
  yield* devolvedStories(context);
  yield* localStories(context);
  yield* referendumStories(context);
  yield* spokespersonStories(context);
}

function* allEntities(plan: Plan): Generator<GeneratedEntity> {
  yield* plan.fixedEntities;
  const { people, parties } = plan;
  for (let person = 0; person < people.count; person += 1) {
    const { name, surname, initial } = personName(plan.seed, person);
    yield {
      key: personKey(person),
      kind: 'PERSON',
      name,
      aliases: [...new Set([surname, `${initial}. ${surname}`])],
      description: `Generated politician, born ${people.birth[person]}; joined the ${parties[people.party[person]!]!.name} in ${people.joined[person]}.`,
      subKind: null,
      date: null,
    };
  }
}

/** `tsx bench/generator.ts --size 10k [--seed N] [--out graph.ndjson]`: counts, time and a digest of the output. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10k' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
    },
  });
  const started = performance.now();
  const graph = generateGraph({ entities: parseSize(values.size), seed: Number(values.seed) });
  const digest = createHash('sha256');
  const out = values.out ? createWriteStream(values.out) : null;
  for (const batch of graph.batches()) {
    const line = `${JSON.stringify(batch)}\n`;
    digest.update(line);
    if (out && !out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  out?.end();
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ ...graph.stats, seconds: Math.round(seconds * 10) / 10, sha256: digest.digest('hex'),
    heapMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20) }, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
