// @ts-check
/**
 * An entity picker: a text box that searches as one types and offers the matches in a list below it.
 * The explorer has three (the entity to draw, and the two ends of a connection search).
 */

import { search } from './api.js';
import { kindBadge, make } from './panel.js';

/** @typedef {import('./model.js').Entity} Entity */

export class EntityPicker {
  /** @type {Entity | null} */
  #chosen = null;
  #generation = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  #typingPause;

  /**
   * @param {HTMLInputElement} input @param {HTMLUListElement} results
   * @param {{ onChoose: (entity: Entity) => void, onError: (error: unknown) => void }} handlers
   */
  constructor(input, results, { onChoose, onError }) {
    this.input = input;
    this.results = results;
    this.onChoose = onChoose;
    this.onError = onError;
    input.addEventListener('input', () => this.#typed());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.hideResults();
      if (event.key === 'ArrowDown') results.querySelector('button')?.focus();
    });
    const box = input.parentElement ?? input;
    document.addEventListener('pointerdown', (event) => {
      if (!(event.target instanceof Node && box.contains(event.target))) this.hideResults();
    });
  }

  /** The entity picked, or null once the text no longer names it. */
  get chosen() {
    return this.#chosen;
  }

  /** Shows an entity as picked without a search, as when a view is read from the address. @param {Entity | null} entity */
  set(entity) {
    this.#chosen = entity;
    this.input.value = entity?.name ?? '';
    this.hideResults();
  }

  /** The entity picked, else the best match for what was typed, else null. @returns {Promise<Entity | null>} */
  async resolve() {
    clearTimeout(this.#typingPause);
    if (this.#chosen) return this.#chosen;
    const text = this.input.value.trim();
    if (!text) return null;
    const entities = await this.#search(text);
    if (!entities) return null;
    if (!entities[0]) {
      this.#show(entities);
      return null;
    }
    this.set(entities[0]);
    return entities[0];
  }

  hideResults() {
    this.results.hidden = true;
    this.results.replaceChildren();
  }

  #typed() {
    clearTimeout(this.#typingPause);
    this.#chosen = null;
    const text = this.input.value.trim();
    if (!text) {
      this.#generation++;
      this.hideResults();
      return;
    }
    this.#typingPause = setTimeout(() => {
      this.#search(text)
        .then((entities) => entities && this.#show(entities))
        .catch(this.onError);
    }, 200);
  }

  /** @param {string} text @returns {Promise<Entity[] | null>} null when a newer search has started */
  async #search(text) {
    const generation = ++this.#generation;
    const entities = await search(text);
    return generation === this.#generation ? entities : null;
  }

  /** @param {Entity[]} entities */
  #show(entities) {
    this.results.replaceChildren(
      ...entities.map((entity) => {
        const button = make('button');
        button.type = 'button';
        button.append(make('span', entity.name, 'name'), kindBadge(entity.kind));
        button.addEventListener('click', () => {
          this.set(entity);
          this.onChoose(entity);
        });
        const item = make('li');
        item.append(button);
        return item;
      }),
    );
    if (entities.length === 0) this.results.append(make('li', 'Nothing matches.', 'empty'));
    this.results.hidden = false;
  }
}
