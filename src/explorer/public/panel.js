// @ts-check
/**
 * The side panel: what is known about the entity or relation last clicked, and the paths of a
 * connection search. Data goes into the page as text, never as markup.
 */

import { KINDS, relationLabel } from './model.js';

/** @typedef {import('./model.js').Entity} Entity */
/** @typedef {import('./model.js').EntityKind} EntityKind */
/** @typedef {import('./model.js').Evidence} Evidence */
/** @typedef {import('./model.js').Relation} Relation */
/** @typedef {import('./model.js').Path} Path */

/** @template {HTMLElement} T @param {string} id @param {new () => T} type @returns {T} */
export function element(id, type) {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The page has no ${type.name} #${id}`);
  return found;
}

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {string} [text] @param {string} [className] @returns {HTMLElementTagNameMap[K]}
 */
export function make(tag, text, className) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  if (className) made.className = className;
  return made;
}

/** @param {EntityKind} kind */
export function kindBadge(kind) {
  const badge = make('span', KINDS[kind].label, 'kind');
  badge.style.backgroundColor = KINDS[kind].colour;
  return badge;
}

const details = element('details', HTMLElement);

/** @param {Entity} entity */
export function showEntity(entity) {
  details.replaceChildren(
    make('h2', entity.name),
    kindBadge(entity.kind),
    make('p', entity.description ?? 'No description.', 'description'),
    make('p', `Key: ${entity.key}`, 'key'),
  );
}

/** @param {string | null} from @param {string | null} to */
function interval(from, to) {
  if (from && to) return `${from} – ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return 'dates unknown';
}

/** Only web addresses become links: a source's url is data, and data must not run script. @param {string | null} url */
function safeLink(url) {
  if (!url) return null;
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

/** @param {Evidence} evidence */
function evidenceItem(evidence) {
  const item = make('li', undefined, 'evidence');
  item.append(evidence.quote ? make('blockquote', evidence.quote) : make('p', 'The source asserts it without a quote.', 'hint'));
  const cite = make('p', undefined, 'source');
  const href = safeLink(evidence.source.url);
  if (href) {
    const link = make('a', evidence.source.title);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    cite.append(link);
  } else {
    cite.append(make('cite', evidence.source.title));
  }
  const about = [evidence.source.publisher, evidence.source.publishedAt].filter(Boolean).join(', ');
  if (about) cite.append(make('span', ` — ${about}`));
  if (evidence.confidence < 1) cite.append(make('span', ` (confidence ${evidence.confidence})`, 'confidence'));
  item.append(cite);
  return item;
}

/**
 * @param {Relation} relation @param {(key: string) => string} nameOf
 * @param {() => void} [back] shows what the relation was picked from (the path list), under a control of its own
 */
export function showRelation(relation, nameOf, back) {
  const list = make('ul', undefined, 'evidence-list');
  list.append(...relation.evidence.map(evidenceItem));
  details.replaceChildren();
  if (back) {
    const button = make('button', '← Back to the paths', 'back link');
    button.type = 'button';
    button.addEventListener('click', back);
    details.append(button);
  }
  details.append(
    make('h2', relationLabel(relation.type)),
    make('p', `${nameOf(relation.subject.key)} → ${nameOf(relation.object.key)}`, 'relation'),
    make('p', interval(relation.validFrom, relation.validTo), 'interval'),
    make('h3', relation.evidence.length === 1 ? 'Evidence' : `Evidence (${relation.evidence.length} sources)`),
    list,
  );
}

/**
 * The paths found, hop by hop, each hop a button that selects its relation in the drawing.
 * @param {Entity} from @param {Entity} to @param {Path[]} paths @param {(relation: Relation) => void} onHop
 */
export function showPaths(from, to, paths, onHop) {
  const list = make('ol', undefined, 'paths');
  for (const path of paths) {
    const item = make('li');
    item.append(make('p', path.length === 1 ? '1 hop' : `${path.length} hops`, 'hops'));
    const steps = make('p', undefined, 'steps');
    path.relations.forEach((relation, index) => {
      const here = path.entities[index];
      if (index === 0 && here) steps.append(make('span', here.name, 'step-entity'));
      // A path may walk a relation against its direction: the arrow says which way it points.
      const forward = relation.subject.key === here?.key;
      const hop = make('button', forward ? `${relationLabel(relation.type)} →` : `← ${relationLabel(relation.type)}`, 'hop');
      hop.type = 'button';
      hop.title = 'Show the evidence for this relation';
      hop.dataset['relation'] = relation.id;
      hop.addEventListener('click', () => onHop(relation));
      steps.append(' ', hop, ' ', make('span', path.entities[index + 1]?.name ?? '?', 'step-entity'));
    });
    item.append(steps);
    list.append(item);
  }
  details.replaceChildren(
    make('h2', `${from.name} and ${to.name}`),
    make('p', paths.length === 1 ? 'One connection found. Click a relation to read its evidence.' : `${paths.length} connections found, shortest first. Click a relation to read its evidence.`, 'hint'),
    list,
  );
}

/** @param {string} title @param {string} text */
export function showMessage(title, text) {
  details.replaceChildren(make('h2', title), make('p', text, 'hint'));
}
