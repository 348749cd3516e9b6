import { describe, expect, it } from 'vitest';
import { useSeedApi } from './support/seed-api.js';

/**
 * Search ranks what was typed closest first: an entity named or aliased exactly so, then one whose name
 * or alias begins with it, then the index's fuzzy matches. On the seed, as a researcher types.
 */

const api = useSeedApi('header');

async function firstKeys(query: string, count = 3): Promise<string[]> {
  const response = await api.query(`query ($query: String!) { search(query: $query, first: ${count}) { edges { node { key } } } }`, { query });
  expect(response.errors).toBeUndefined();
  return response.data.search.edges.map((edge: { node: { key: string } }) => edge.node.key);
}

describe('search ranking on the seed', () => {
  it('puts the entity named exactly what was typed first', async () => {
    // The by-election ("Hartlepool by-election") and the office ("MP for Hartlepool") hold the word too.
    expect((await firstKeys('Hartlepool'))[0]).toBe('hartlepool');
    expect((await firstKeys('Wales'))[0]).toBe('wales');
    expect((await firstKeys('labour'))[0]).toBe('labour-party');
  });

  it('puts an alias that begins with what was typed before fuzzier matches', async () => {
    const keys = await firstKeys('Hartlepool by', 5);
    expect(keys[0]).toBe('2021-hartlepool-by-election');
  });

  it('finds an initialism written with full stops as the word it spells', async () => {
    expect((await firstKeys('S.N.P.'))[0]).toBe('scottish-national-party');
    expect((await firstKeys('snp'))[0]).toBe('scottish-national-party');
  });

  it('reaches parties by the common forms people write', async () => {
    expect((await firstKeys('Tories'))[0]).toBe('conservative-party');
    expect((await firstKeys('Lib Dems'))[0]).toBe('liberal-democrats');
    expect((await firstKeys('Scottish Nationalist'))[0]).toBe('scottish-national-party');
  });
});
