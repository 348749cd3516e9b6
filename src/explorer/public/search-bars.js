// @ts-check
/**
 * The two bars that start a view: the search for one entity to draw, and the question of how two
 * entities are connected, each box an EntityPicker.
 */

import { showError, showStatus } from './messages.js';
import { element } from './panel.js';
import { EntityPicker } from './picker.js';

/** @typedef {import('./model.js').Entity} Entity */

/**
 * @param {{ onEntity: (entity: Entity) => void, onConnect: (from: Entity, to: Entity) => void }} handlers
 */
export function createSearchBars({ onEntity, onConnect }) {
  const focusPicker = new EntityPicker(element('query', HTMLInputElement), element('results', HTMLUListElement), {
    onChoose: onEntity,
    onError: showError,
  });
  element('search', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    focusPicker
      .resolve()
      .then((entity) => entity && onEntity(entity))
      .catch(showError);
  });

  const fromPicker = new EntityPicker(element('connect-from', HTMLInputElement), element('connect-from-results', HTMLUListElement), {
    onChoose: () => {},
    onError: showError,
  });
  const toPicker = new EntityPicker(element('connect-to', HTMLInputElement), element('connect-to-results', HTMLUListElement), {
    onChoose: () => {},
    onError: showError,
  });
  element('connect', HTMLFormElement).addEventListener('submit', (event) => {
    event.preventDefault();
    Promise.all([fromPicker.resolve(), toPicker.resolve()])
      .then(([from, to]) => {
        if (!from || !to) showStatus('Choose both entities to connect: type a name and pick it from the list.', 'error');
        else if (from.key === to.key) showStatus('Choose two different entities to connect.', 'error');
        else onConnect(from, to);
      })
      .catch(showError);
  });
  return { focusPicker, fromPicker, toPicker };
}
