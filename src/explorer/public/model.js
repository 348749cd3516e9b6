// @ts-check
/**
 * What the explorer knows about the graph's vocabulary: the kinds of entity with how they are drawn,
 * and the relation types. Written out here rather than read by introspection, because a server may
 * run with introspection turned off and the explorer must still offer its filters.
 */

/** @typedef {'PERSON' | 'ORGANIZATION' | 'OFFICE' | 'PLACE' | 'ELECTION'} EntityKind */
/**
 * @typedef {'CANDIDATE_IN' | 'CONTESTED' | 'GOVERNS' | 'HELD_IN' | 'HOLDS_OFFICE' | 'LEADS' | 'LOST' | 'MEMBER_OF'
 *   | 'PART_OF' | 'SPOKESPERSON_FOR' | 'SUCCEEDED' | 'VOTED_IN' | 'WON'} RelationType
 */
/** @typedef {{ key: string, name: string, kind: EntityKind, description: string | null }} Entity */
/** @typedef {{ key: string, title: string, url: string | null, publisher: string | null, publishedAt: string | null }} Source */
/** @typedef {{ quote: string | null, confidence: number, source: Source }} Evidence */
/**
 * @typedef {{ id: string, type: RelationType, subject: { key: string }, object: { key: string },
 *   validFrom: string | null, validTo: string | null, evidence: Evidence[] }} Relation
 */
/** @typedef {{ nodes: Entity[], edges: Relation[], hubs: { name: string }[], truncated: boolean }} Subgraph */
/** @typedef {{ length: number, entities: Entity[], relations: Relation[] }} Path */

/** @type {Record<EntityKind, { label: string, colour: string, shape: cytoscape.Css.NodeShape }>} */
export const KINDS = {
  PERSON: { label: 'Person', colour: '#3b6fb6', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organisation', colour: '#e07b24', shape: 'round-rectangle' },
  OFFICE: { label: 'Office', colour: '#3f9a5a', shape: 'round-diamond' },
  PLACE: { label: 'Place', colour: '#2a9d9a', shape: 'round-hexagon' },
  ELECTION: { label: 'Election', colour: '#9a5ea8', shape: 'round-pentagon' },
};

/** @type {EntityKind[]} */
export const ENTITY_KINDS = /** @type {EntityKind[]} */ (Object.keys(KINDS));

/** @type {RelationType[]} */
export const RELATION_TYPES = [
  'CANDIDATE_IN',
  'CONTESTED',
  'GOVERNS',
  'HELD_IN',
  'HOLDS_OFFICE',
  'LEADS',
  'LOST',
  'MEMBER_OF',
  'PART_OF',
  'SPOKESPERSON_FOR',
  'SUCCEEDED',
  'VOTED_IN',
  'WON',
];

/** "HOLDS_OFFICE" as a reader says it: "holds office". @param {string} type */
export function relationLabel(type) {
  return type.toLowerCase().replaceAll('_', ' ');
}
