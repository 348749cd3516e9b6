/**
 * Turns what a person typed into a Lucene query for the full-text index. The text is passed to
 * Neo4j as a parameter; this only decides which Lucene operators apply to each word, after every
 * character that Lucene treats as syntax has been removed.
 *
 * Each word must match (AND), exactly, as a prefix, or within a small edit distance, with exact
 * matches ranked highest: "Starmr" finds "Starmer", "Sturg" finds "Sturgeon".
 */

export const LUCENE_SYNTAX = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 8;
/** Letters each followed by a full stop ("s.n.p.", "u.k"): searched as the word they spell ("snp"). */
const INITIALISM = /^(?:\p{L}\.){2,}\p{L}?$|^(?:\p{L}\.)+\p{L}$/u;

/**
 * The stop words of the index's 'standard-folding' analyzer (db.index.fulltext.listAvailableAnalyzers).
 * They are never indexed, so requiring them would make "Leader of the Labour Party" find nothing.
 */
const INDEX_STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

export function fulltextQuery(text: string): string | null {
  const words = foldAccents(text)
    .toLowerCase()
    .replace(LUCENE_SYNTAX, ' ')
    .split(/\s+/)
    .map((word) => (INITIALISM.test(word) ? word.replaceAll('.', '') : word))
    .filter((word) => word.length > 0 && !INDEX_STOP_WORDS.has(word))
    .slice(0, MAX_WORDS);
  if (words.length === 0) return null;
  return words.map(wordQuery).join(' AND ');
}

function wordQuery(word: string): string {
  if (word.length <= 2) return `(${word}^3 OR ${word}*)`;
  const edits = word.length <= 4 ? 1 : 2;
  return `(${word}^3 OR ${word}*^2 OR ${word}~${edits})`;
}

/** The index folds accents when it indexes; fuzzy and prefix terms are not analysed, so fold here too. */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{Mark}/gu, '');
}
