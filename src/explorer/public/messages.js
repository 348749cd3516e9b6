// @ts-check
/**
 * What the page says outside the side panel: the status line, the notice over the drawing (for
 * outcomes that would otherwise look like nothing happened) and the note that an answer was cut short.
 */

import { element, make } from './panel.js';

/** @typedef {import('./model.js').Subgraph} Subgraph */

const statusLine = element('status', HTMLParagraphElement);
const truncatedNotice = element('truncated', HTMLParagraphElement);
const notice = element('notice', HTMLDivElement);
const noticeText = element('notice-text', HTMLParagraphElement);

/** @param {string} message @param {'info' | 'error'} [level] */
export function showStatus(message, level = 'info') {
  statusLine.textContent = message;
  statusLine.classList.toggle('error', level === 'error');
}

/** @param {unknown} error */
export function showError(error) {
  showStatus(error instanceof Error ? error.message : String(error), 'error');
}

/**
 * A notice over the drawing, optionally with a button that acts on it (and closes it).
 * @param {string} text @param {{ label: string, className: string, run: () => void }} [action]
 */
export function notify(text, action) {
  noticeText.replaceChildren(text);
  if (action) {
    const button = make('button', action.label, `${action.className} link`);
    button.type = 'button';
    button.addEventListener('click', () => {
      clearNotice();
      action.run();
    });
    noticeText.append(' ', button);
  }
  notice.hidden = false;
}

export function clearNotice() {
  notice.hidden = true;
}

/** Says whether any answer drawn left relations out. @param {Subgraph[]} subgraphs @returns {boolean} whether one did */
export function showTruncation(subgraphs) {
  const cut = subgraphs.filter((subgraph) => subgraph.truncated);
  if (cut.length === 0) return false;
  const hubs = [...new Set(cut.flatMap((subgraph) => subgraph.hubs.map((hub) => hub.name)))];
  truncatedNotice.textContent = hubs.length
    ? `Not every relation is shown: ${hubs.join(', ')} ${hubs.length > 1 ? 'have' : 'has'} more relations than the explorer draws for one entity; choose a date or fewer relation types to narrow them.`
    : 'Not every relation is shown: there are more than the explorer asks for. Lower the depth or choose a date.';
  truncatedNotice.hidden = false;
  return true;
}

export function clearTruncation() {
  truncatedNotice.hidden = true;
}
