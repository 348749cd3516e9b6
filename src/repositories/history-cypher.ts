import { entityProjection } from './entity-rows.js';

/**
 * Reading the graph as it stood at a past instant (`knownAt`): what was recorded then, not what is
 * recorded now. Fixed Cypher text; the instant is an expression over a parameter (`at`).
 *
 * What the writes keep so that an old answer comes out again exactly:
 * - a relation's `createdAt` and `retractedAt`; evidence added later carries `addedAt`/`addedBy`;
 * - an end a merge moved: the new edge carries `since` and `by`, and the edge it replaced stays as
 *   WAS_SUBJECT_OF / WAS_OBJECT / WAS_IN_CONTEXT (`since`, `until`) on the absorbed entity, which is
 *   kept as its merged key's redirect with the labels it had (`formerLabels`) and its properties;
 * - a merged key re-pointed by a later merge keeps its old target as WAS_REDIRECTED_TO;
 * - every write that changes an entity first keeps its previous state as an EntityVersion
 *   (HAD_VERSION), valid from its `updatedAt` until `until`.
 * History starts with these writes: changes made before them (or by an import that corrects a
 * relation in place) read as they are now.
 */

/** The end edges of a relation, live and former, as a pattern's type list. */
export const ENDS_THEN = 'SUBJECT_OF|OBJECT|IN_CONTEXT|WAS_SUBJECT_OF|WAS_OBJECT|WAS_IN_CONTEXT';
/** The edges a walk follows (subject and object, not context), live and former. */
export const WALK_THEN = 'SUBJECT_OF|OBJECT|WAS_SUBJECT_OF|WAS_OBJECT';

/** True when the end edge held at `at`: made by then (a merge's edge records when) and not yet replaced. */
export function heldAt(edge: string, at: string): string {
  return `coalesce(${edge}.since <= ${at}, true) AND coalesce(${edge}.until > ${at}, true)`;
}

/** The end's role, whether the edge is live or former: SUBJECT_OF, OBJECT or IN_CONTEXT. */
export function endRole(edge: string): string {
  return `replace(type(${edge}), 'WAS_', '')`;
}

/**
 * The entity node (live, or kept by a merge) as it read at `at`, projected as entityProjection does.
 * The node holds its state since its last change (a merged one, until the merge); each earlier state
 * is a version. A change older than history (see above) has no version: the node's own state is
 * the only one known.
 */
export function entityAt(node: string, at: string): string {
  const version = `${node}Version`;
  const own = entityProjection(node, `coalesce(${node}.formerLabels, labels(${node}))`);
  return `CASE
    WHEN ${node}.updatedAt <= ${at} THEN ${own}
    ELSE coalesce([(${node})-[:HAD_VERSION]->(${version}:EntityVersion) WHERE ${version}.updatedAt <= ${at} AND ${version}.until > ${at}
                   | ${entityProjection(version, `${version}.formerLabels`)}][0], ${own})
  END`;
}

/**
 * The relation's last change at `at`, as {at, by}: its own updatedAt when nothing changed it since;
 * else the latest of its creation, evidence added by then and ends moved by then.
 */
export function relationChangeAt(relation: string, at: string): string {
  return `CASE WHEN ${relation}.updatedAt <= ${at} THEN {at: ${relation}.updatedAt, by: ${relation}.updatedBy}
    ELSE reduce(latest = {at: ${relation}.createdAt, by: ${relation}.createdBy},
                change IN [(${relation})-[added:SUPPORTED_BY]->() WHERE added.addedAt <= ${at} | {at: added.addedAt, by: added.addedBy}]
                        + [(${relation})-[moved:${ENDS_THEN}]-() WHERE moved.since <= ${at} | {at: moved.since, by: moved.by}]
                | CASE WHEN change.at > latest.at THEN change ELSE latest END)
  END`;
}
