import { describe, expect, it } from 'vitest';
import { fulltextQuery } from '../src/repositories/fulltext-query.js';

describe('fulltextQuery', () => {
  it('requires every word, each exact, as a prefix or with a small typo', () => {
    expect(fulltextQuery('Keir Starmer')).toBe(
      '(keir^3 OR keir*^2 OR keir~1) AND (starmer^3 OR starmer*^2 OR starmer~2)',
    );
  });

  it('removes every character Lucene would read as syntax', () => {
    const query = fulltextQuery('a:b "c" (d) [e] {f} ~g* ?h ^i !j +k -l &&m ||n \\o /p')!;
    expect(query.replace(/\^\d|~\d|\*\^\d|\(|\)| OR | AND |\*/g, ' ')).not.toMatch(/[:"[\]{}?!+\-&|\\/]/);
  });

  it('folds accents, since fuzzy and prefix terms bypass the analyzer', () => {
    expect(fulltextQuery('Seán')).toBe(fulltextQuery('sean'));
  });

  it('drops the stop words the index never stores', () => {
    expect(fulltextQuery('Leader of the Labour Party')).toBe(fulltextQuery('Leader Labour Party'));
    expect(fulltextQuery('the of and')).toBeNull();
  });

  it('answers null when nothing searchable is left', () => {
    expect(fulltextQuery('  ')).toBeNull();
    expect(fulltextQuery('*:*')).toBeNull();
  });
});
