import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateGraph, type GeneratedBatch } from '../bench/generator.js';
import type { EntityKind } from '../src/model/entity.js';
import { RELATION_VOCABULARY } from '../src/model/relation.js';

/**
 * The benchmark's generated graph must be the same on every machine, and a graph this server would
 * accept: the vocabulary's kinds, ordered dates, evidence on every relation, quotes at their offsets.
 */

const ENTITIES = 3000;

function digest(batches: Iterable<GeneratedBatch>): string {
  const hash = createHash('sha256');
  for (const batch of batches) hash.update(JSON.stringify(batch));
  return hash.digest('hex');
}

describe('the graph generator', () => {
  it('gives the same rows for the same size and seed, and other rows for another seed', () => {
    const first = digest(generateGraph({ entities: ENTITIES }).batches());
    expect(digest(generateGraph({ entities: ENTITIES }).batches())).toBe(first);
    expect(digest(generateGraph({ entities: ENTITIES, seed: 7 }).batches())).not.toBe(first);
  });

  it('writes only what the vocabulary allows, each relation with a verbatim quote', () => {
    const kinds = new Map<string, EntityKind>();
    const texts = new Map<string, string>();
    const relations: { id: string; type: keyof typeof RELATION_VOCABULARY; subject: string; object: string; from?: string; to?: string }[] = [];
    const evidenced = new Set<string>();
    for (const batch of generateGraph({ entities: ENTITIES }).batches()) {
      if (batch.kind === 'entities') {
        for (const entity of batch.entities) kinds.set(entity.key, entity.kind);
        continue;
      }
      for (const source of batch.sources) texts.set(source.key, source.text);
      for (const relation of batch.relations) {
        relations.push({ ...relation, from: relation.validFrom?.date, to: relation.validTo?.date });
      }
      for (const evidence of batch.evidence) {
        expect(texts.get(evidence.source)?.slice(evidence.start, evidence.end)).toBe(evidence.quote);
        evidenced.add(evidence.relation);
      }
    }
    expect(kinds.size).toBe(ENTITIES);
    expect(relations.length).toBeGreaterThan(2.5 * ENTITIES);
    for (const relation of relations) {
      const pair = [kinds.get(relation.subject), kinds.get(relation.object)];
      expect(RELATION_VOCABULARY[relation.type].connects).toContainEqual(pair);
      if (relation.from && relation.to) expect(relation.from < relation.to).toBe(true);
      expect(evidenced.has(relation.id)).toBe(true);
    }
  });
});
