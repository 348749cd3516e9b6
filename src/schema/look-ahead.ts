import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { ENTITY_BRIEF_FIELDS } from '../model/entity.js';
import { RELATION_BRIEF_FIELDS, type ReadDetail, type RelationRead } from '../model/relation.js';

/**
 * Look-ahead: how much of the relations (and the entities at their ends) a field returns the
 * operation will read, so that the read model's statement reads that and no more (ReadDetail).
 * Conservative: every field named anywhere at a level counts, whatever type condition its fragment
 * has, and a field a brief does not serve asks for the full read. A brief that meets a field it does
 * not serve is completed by the read model, so a mistake here costs a statement, never a wrong answer.
 */

/** Field name → the selection sets under it, fragments and inline fragments merged. */
type Selections = Map<string, SelectionSetNode[]>;

function collect(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>, into: Selections = new Map()): Selections {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        const under = into.get(selection.name.value) ?? [];
        if (selection.selectionSet) under.push(selection.selectionSet);
        into.set(selection.name.value, under);
      } else if (selection.kind === 'InlineFragment') {
        collect([selection.selectionSet], fragments, into);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) collect([fragment.selectionSet], fragments, into);
      }
    }
  }
  return into;
}

/** The fields selected at the end of `path` below the resolving field (["edges", "node"] for a connection's nodes). */
function selectedAt(info: GraphQLResolveInfo, path: readonly string[]): Selections {
  let sets = info.fieldNodes.flatMap((node: FieldNode) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = collect(sets, info.fragments).get(name) ?? [];
  return collect(sets, info.fragments);
}

function onlyBrief(fields: Selections, brief: ReadonlySet<string>): boolean {
  return [...fields.keys()].every((name) => brief.has(name));
}

/** Whether relations with these fields selected need only what a brief read gives, their ends included. */
function relationsBrief(info: GraphQLResolveInfo, fields: Selections): boolean {
  if (!onlyBrief(fields, RELATION_BRIEF_FIELDS)) return false;
  return ['subject', 'object', 'context'].every((end) => onlyBrief(collect(fields.get(end) ?? [], info.fragments), ENTITY_BRIEF_FIELDS));
}

/**
 * For a connection of relations (edges { node } or nodes): brief or full, and with their evidence
 * when any of them asks for it (the statement then reads it too, rather than a second one after).
 */
export function relationConnectionRead(info: GraphQLResolveInfo): RelationRead {
  const nodes = [selectedAt(info, ['edges', 'node']), selectedAt(info, ['nodes'])];
  return {
    detail: nodes.every((fields) => relationsBrief(info, fields)) ? 'brief' : 'full',
    evidence: nodes.some((fields) => fields.has('evidence')),
  };
}

/**
 * For a field returning relations at `relations` and entities at each of `entities` (a neighbourhood's
 * edges, nodes and hubs; a path's relations and entities): brief only when all of them can be.
 */
export function subgraphDetail(info: GraphQLResolveInfo, relations: string, entities: readonly string[]): ReadDetail {
  const brief = relationsBrief(info, selectedAt(info, [relations])) && entities.every((name) => onlyBrief(selectedAt(info, [name]), ENTITY_BRIEF_FIELDS));
  return brief ? 'brief' : 'full';
}
