// @ts-check
/**
 * The view as the address bar holds it, so that a link reproduces what its sender saw and the
 * browser's back and forward buttons step through views. Values equal to the defaults are left out,
 * which keeps links short; anything unreadable falls back to its default rather than failing.
 */

import { ENTITY_KINDS, RELATION_TYPES } from './model.js';

/** @typedef {import('./model.js').EntityKind} EntityKind */
/** @typedef {import('./model.js').RelationType} RelationType */
/**
 * @typedef {{
 *   focus: string | null,
 *   from: string | null,
 *   to: string | null,
 *   expanded: string[],
 *   depth: number,
 *   maxHops: number,
 *   asOf: string | null,
 *   types: RelationType[] | null,
 *   hiddenKinds: EntityKind[],
 * }} ViewState
 * `focus` is the entity whose neighbourhood is drawn; `from` and `to` a connection search, which
 * takes its place when both are set. `types` null means every relation type.
 */

export const DEFAULT_DEPTH = 2;
export const DEFAULT_MAX_HOPS = 4;
/** Most entities one view expands: each is a request, and a crafted link must not fire hundreds. */
export const MAX_EXPANSIONS = 20;

/** @returns {ViewState} */
export function emptyState() {
  return { focus: null, from: null, to: null, expanded: [], depth: DEFAULT_DEPTH, maxHops: DEFAULT_MAX_HOPS, asOf: null, types: null, hiddenKinds: [] };
}

/** @param {ViewState} state */
export function isConnection(state) {
  return state.from !== null && state.to !== null;
}

/** @param {string | null} value @param {number} low @param {number} high @param {number} fallback */
function whole(value, low, high, fallback) {
  const number = Number(value);
  return Number.isInteger(number) && number >= low && number <= high ? number : fallback;
}

/** @template {string} T @param {string | null} value @param {readonly T[]} allowed @returns {T[]} */
function list(value, allowed) {
  if (!value) return [];
  return value.split(',').filter((item) => /** @type {readonly string[]} */ (allowed).includes(item)).map((item) => /** @type {T} */ (item));
}

/** The distinct entities an address asks to expand, in order, however many. @param {string} search */
export function expansionsAsked(search) {
  return [...new Set((new URLSearchParams(search).get('expand') ?? '').split(',').filter(Boolean))];
}

/** @param {string} search as location.search gives it @returns {ViewState} */
export function readState(search) {
  const params = new URLSearchParams(search);
  const asOf = params.get('asOf');
  return {
    focus: params.get('focus') || null,
    from: params.get('from') || null,
    to: params.get('to') || null,
    expanded: expansionsAsked(search).slice(0, MAX_EXPANSIONS),
    depth: whole(params.get('depth'), 1, 3, DEFAULT_DEPTH),
    maxHops: whole(params.get('hops'), 1, 6, DEFAULT_MAX_HOPS),
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    // Present but empty means "no type at all", which differs from absent ("every type").
    types: params.has('types') ? list(params.get('types'), RELATION_TYPES) : null,
    hiddenKinds: list(params.get('hide'), ENTITY_KINDS),
  };
}

/** @param {ViewState} state @returns {string} a query string, "?…", or "" for the empty view */
export function writeState(state) {
  const params = new URLSearchParams();
  if (isConnection(state)) {
    params.set('from', state.from ?? '');
    params.set('to', state.to ?? '');
    if (state.maxHops !== DEFAULT_MAX_HOPS) params.set('hops', String(state.maxHops));
  } else if (state.focus) {
    params.set('focus', state.focus);
    if (state.depth !== DEFAULT_DEPTH) params.set('depth', String(state.depth));
  }
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.types) params.set('types', state.types.join(','));
  if (state.hiddenKinds.length > 0) params.set('hide', state.hiddenKinds.join(','));
  const written = params.toString();
  // Commas are safe in a query string and far easier to read than %2C.
  return written ? `?${written.replaceAll('%2C', ',')}` : '';
}
