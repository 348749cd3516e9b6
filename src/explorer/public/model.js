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
/** @typedef {{ key: string, name: string, kind: EntityKind, subKind: string | null, description: string | null, aliases: string[] }} Entity */
/** @typedef {{ key: string, title: string, url: string | null, publisher: string | null, publishedAt: string | null }} Source */
/** @typedef {{ quote: string | null, confidence: number, source: Source }} Evidence */
/** @typedef {'DAY' | 'MONTH' | 'YEAR'} DatePrecision */
/**
 * @typedef {{ role: string | null, option: string | null, note: string | null, votes: number | null, seats: number | null,
 *   electorate: number | null, majority: number | null, share: number | null, turnout: number | null, elected: boolean | null }} Qualifiers
 */
/**
 * @typedef {Qualifiers & { id: string, type: RelationType, subject: { key: string }, object: { key: string },
 *   context: { key: string } | null, validFrom: string | null, validFromPrecision: DatePrecision | null,
 *   validTo: string | null, validToPrecision: DatePrecision | null, confidence: number, evidence: Evidence[] }} Relation
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

/** The relations' qualifiers, in the order the server's exports write them. @type {(keyof Qualifiers)[]} */
export const QUALIFIERS = ['role', 'option', 'note', 'votes', 'seats', 'electorate', 'majority', 'share', 'turnout', 'elected'];

/** "HOLDS_OFFICE" as a reader says it: "holds office". @param {string} type */
export function relationLabel(type) {
  return type.toLowerCase().replaceAll('_', ' ');
}
