import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/**
 * Seeded randomness for the generator. Every part of the graph draws from its own named stream
 * (`streamFor(seed, 'people')`), so changing how much one part consumes never shifts another, and
 * the same seed always gives the same graph. Values that must be recomputable on demand (a
 * person's name from their index) use `streamFor(seed, 'person-name', index)`.
 */
export class Random {
  constructor(private readonly generator: RandomGenerator) {}

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** A float in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** An index drawn with the weights whose running totals are `cumulative` (ascending). */
  weighted(cumulative: Float64Array): number {
    const target = this.float() * cumulative[cumulative.length - 1]!;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Roughly normal (sum of uniforms), mean 0 and standard deviation 1: enough for vote swings. */
  normal(): number {
    return this.float() + this.float() + this.float() + this.float() - 2;
  }
}

export function streamFor(seed: number, name: string, index = 0): Random {
  return new Random(xoroshiro128plus(hash32(`${seed}:${name}:${index}`)));
}

/** Running totals of weights, for `Random.weighted`. */
export function cumulativeOf(weights: readonly number[]): Float64Array {
  const totals = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight;
    totals[index] = sum;
  });
  return totals;
}

/** FNV-1a followed by a murmur finaliser: a stable 32-bit seed from a string. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash | 0;
}
