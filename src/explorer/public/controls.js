// @ts-check
/**
 * The filter panel's check boxes and the legend, built from the vocabulary in model.js, and the
 * controls set to show a view, whether it came from a click, a link or the back button.
 */

import { ENTITY_KINDS, KINDS, RELATION_TYPES, relationLabel } from './model.js';
import { element, make } from './panel.js';
import { isConnection } from './view-state.js';

/** @typedef {import('./model.js').EntityKind} EntityKind */
/** @typedef {import('./model.js').RelationType} RelationType */
/** @typedef {import('./view-state.js').ViewState} ViewState */

const depthSelect = element('depth', HTMLSelectElement);
const asOfInput = element('as-of', HTMLInputElement);
const maxHopsSelect = element('max-hops', HTMLSelectElement);
const filterCount = element('filter-count', HTMLSpanElement);
const kindFilters = element('kind-filters', HTMLFieldSetElement);
const typeFilters = element('type-filters', HTMLFieldSetElement);

/** @param {HTMLElement} parent @param {string} value @param {string} label @param {string} [colour] */
function checkbox(parent, value, label, colour) {
  const box = make('input');
  box.type = 'checkbox';
  box.value = value;
  box.checked = true;
  const item = make('label', undefined, 'check');
  item.append(box);
  if (colour) {
    const swatch = make('span', undefined, 'swatch');
    swatch.style.backgroundColor = colour;
    item.append(swatch);
  }
  item.append(label);
  parent.append(item);
  return box;
}

/**
 * @param {{ onKind: (kind: EntityKind, shown: boolean) => void, onTypes: (types: RelationType[] | null) => void }} handlers
 */
export function buildFilters({ onKind, onTypes }) {
  for (const kind of ENTITY_KINDS) {
    const box = checkbox(kindFilters, kind, KINDS[kind].label, KINDS[kind].colour);
    box.addEventListener('change', () => onKind(kind, box.checked));
  }
  for (const type of RELATION_TYPES) {
    checkbox(typeFilters, type, relationLabel(type)).addEventListener('change', () => {
      const chosen = [...typeFilters.querySelectorAll('input:checked')].map((box) => /** @type {RelationType} */ (/** @type {HTMLInputElement} */ (box).value));
      onTypes(chosen.length === RELATION_TYPES.length ? null : chosen);
    });
  }
  element('types-all', HTMLButtonElement).addEventListener('click', () => onTypes(null));
  element('types-none', HTMLButtonElement).addEventListener('click', () => onTypes([]));
  // The filter panel closes when one clicks elsewhere, as a menu does, so that it never hides the drawing for long.
  const filters = element('filters', HTMLDetailsElement);
  document.addEventListener('pointerdown', (event) => {
    if (filters.open && !(event.target instanceof Node && filters.contains(event.target))) filters.open = false;
  });
  element('legend', HTMLUListElement).append(
    ...Object.values(KINDS).map((kind) => {
      const item = make('li', kind.label);
      const swatch = make('span', undefined, 'swatch');
      swatch.style.backgroundColor = kind.colour;
      item.prepend(swatch);
      return item;
    }),
  );
}

/** @param {ViewState} state */
export function showControls(state) {
  depthSelect.value = String(state.depth);
  // A connection has no depth: its paths are as long as they need to be, up to the hops allowed.
  depthSelect.disabled = isConnection(state);
  asOfInput.value = state.asOf ?? '';
  maxHopsSelect.value = String(state.maxHops);
  for (const box of kindFilters.querySelectorAll('input')) box.checked = !state.hiddenKinds.includes(/** @type {EntityKind} */ (box.value));
  for (const box of typeFilters.querySelectorAll('input')) box.checked = !state.types || state.types.includes(/** @type {RelationType} */ (box.value));
  const off = state.hiddenKinds.length + (state.types ? RELATION_TYPES.length - state.types.length : 0);
  filterCount.textContent = off ? `(${off} off)` : '';
}
