import type { Changes, WriteTally } from '../repositories/ingest-repository.js';

/**
 * What an import changed in the graph, per kind of record. Evidence has no key of its own: a piece is
 * unchanged when the record it supports had one with the same content before, else created; pieces the
 * record had and the file no longer gives are removed.
 */
export interface ImportChanges {
  entities: Changes;
  sources: Changes;
  relations: Changes;
  evidence: { created: number; unchanged: number; removed: number };
  identifiers: { added: number; unchanged: number };
}

/** True when the import changed nothing at all (a re-run of the same file). */
export function nothingChanged(changes: ImportChanges): boolean {
  const { entities, sources, relations, evidence, identifiers } = changes;
  return [entities, sources, relations].every((kind) => kind.created === 0 && kind.updated === 0) && evidence.created === 0 && evidence.removed === 0 && identifiers.added === 0;
}

/** What the import changed, in words: "Import: 2 entities created, 1 relation updated", or "Import: nothing changed". */
export function describeChanges(changes: ImportChanges): string {
  if (nothingChanged(changes)) return 'Import: nothing changed';
  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  const kinds = [
    ['entity', 'entities', changes.entities],
    ['source', 'sources', changes.sources],
    ['relation', 'relations', changes.relations],
  ] as const;
  const parts = kinds.flatMap(([one, many, { created, updated }]) => [
    ...(created > 0 ? [`${count(created, one, many)} created`] : []),
    ...(updated > 0 ? [`${count(updated, one, many)} updated`] : []),
  ]);
  if (changes.evidence.created > 0) parts.push(`${count(changes.evidence.created, 'piece', 'pieces')} of evidence added`);
  if (changes.evidence.removed > 0) parts.push(`${count(changes.evidence.removed, 'piece', 'pieces')} of evidence removed`);
  if (changes.identifiers.added > 0) parts.push(`${count(changes.identifiers.added, 'identifier', 'identifiers')} added`);
  return `Import: ${parts.join(', ')}`;
}

/**
 * The batches' tallies as one account. Entity evidence is removed by the entity phase and written again
 * by the relation phase, so it is compared here, by content, across the whole import.
 */
export function changesOf(tallies: WriteTally[]): ImportChanges {
  const sum = (kind: 'entities' | 'sources' | 'relations'): Changes => ({
    created: tallies.reduce((total, tally) => total + tally[kind].created, 0),
    updated: tallies.reduce((total, tally) => total + tally[kind].updated, 0),
    unchanged: tallies.reduce((total, tally) => total + tally[kind].unchanged, 0),
  });
  const removed = new Map<string, number>();
  for (const fingerprint of tallies.flatMap((tally) => tally.entityEvidence.removed)) removed.set(fingerprint, (removed.get(fingerprint) ?? 0) + 1);
  let entityEvidenceKept = 0;
  let entityEvidenceWritten = 0;
  for (const fingerprint of tallies.flatMap((tally) => tally.entityEvidence.written)) {
    entityEvidenceWritten += 1;
    const left = removed.get(fingerprint) ?? 0;
    if (left > 0) {
      removed.set(fingerprint, left - 1);
      entityEvidenceKept += 1;
    }
  }
  const entityEvidenceRemoved = [...removed.values()].reduce((total, left) => total + left, 0);
  const relationEvidence = (name: 'written' | 'unchanged' | 'removed') => tallies.reduce((total, tally) => total + tally.relationEvidence[name], 0);
  const identifiersGiven = tallies.reduce((total, tally) => total + tally.identifiers.given, 0);
  const identifiersAdded = tallies.reduce((total, tally) => total + tally.identifiers.added, 0);
  return {
    entities: sum('entities'),
    sources: sum('sources'),
    relations: sum('relations'),
    evidence: {
      created: relationEvidence('written') - relationEvidence('unchanged') + entityEvidenceWritten - entityEvidenceKept,
      unchanged: relationEvidence('unchanged') + entityEvidenceKept,
      removed: relationEvidence('removed') + entityEvidenceRemoved,
    },
    identifiers: { added: identifiersAdded, unchanged: identifiersGiven - identifiersAdded },
  };
}
