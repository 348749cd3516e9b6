import { SUB_KINDS, type EntityKind, type EntityRecord } from './entity.js';
import type { EntityEntry, EvidenceEntry, RelationEntry, SourceEntry } from './fields.js';
import { QUALIFIERS, RELATION_VOCABULARY, type EvidenceRecord, type RelationRecord, type SourceRecord } from './relation.js';

/**
 * The knowledge model's rules that look beyond one field: a sub-kind that fits the kind, the
 * vocabulary's kind, context and qualifier rules, ordered validity, and quotes found verbatim in
 * their source's text. Pure functions over lookups, so the seed (other files), the import (other
 * rows and the database) and the mutations (the database, inside the write transaction) share them.
 * Each problem is a [field, message] pair, the field relative to the record checked.
 */
export type FieldProblem = [field: string, message: string];

export function entityProblems(entry: Pick<EntityEntry, 'kind' | 'subKind' | 'date'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const allowed = SUB_KINDS[entry.kind];
  if (entry.subKind !== undefined && entry.subKind !== null && !allowed.includes(entry.subKind)) {
    problems.push([
      'subKind',
      allowed.length === 0
        ? `${entry.kind} has no sub-kinds`
        : `sub-kind must be one of ${allowed.join(', ')} for ${entry.kind}, got "${entry.subKind}"`,
    ]);
  }
  if (entry.date !== undefined && entry.date !== null && entry.kind !== 'ELECTION') problems.push(['date', 'only elections have a date']);
  return problems;
}

/** `kindOf` answers the kind of an entity key, or undefined when no such entity exists. */
export function relationProblems(entry: RelationEntry, kindOf: (key: string) => EntityKind | undefined): FieldProblem[] {
  const rule = RELATION_VOCABULARY[entry.type];
  const problems: FieldProblem[] = [];
  const subject = kindOf(entry.subject);
  const object = kindOf(entry.object);
  if (!subject) problems.push(['subject', `unknown entity "${entry.subject}"`]);
  if (!object) problems.push(['object', `unknown entity "${entry.object}"`]);
  if (subject && entry.subject === entry.object) problems.push(['object', 'a relation cannot connect an entity to itself']);
  if (subject && object && !rule.connects.some(([from, to]) => from === subject && to === object)) {
    const allowed = rule.connects.map(([from, to]) => `${from} → ${to}`).join(' or ');
    problems.push(['type', `${entry.type} connects ${allowed}, not ${subject} → ${object}`]);
  }
  if (entry.context !== undefined) {
    const context = kindOf(entry.context);
    if (!context) problems.push(['context', `unknown entity "${entry.context}"`]);
    else if (rule.context.length === 0) problems.push(['context', `${entry.type} takes no context`]);
    else if (!rule.context.includes(context)) {
      problems.push(['context', `the context of ${entry.type} must be ${rule.context.join(' or ')}, not ${context}`]);
    }
  }
  for (const qualifier of QUALIFIERS) {
    if (entry[qualifier] !== undefined && !rule.qualifiers.includes(qualifier)) {
      problems.push([qualifier, `${entry.type} does not take "${qualifier}"; it takes ${rule.qualifiers.join(', ')}`]);
    }
  }
  if (entry.validFrom && entry.validTo && entry.validTo.date <= entry.validFrom.date) {
    problems.push(['validTo', `validTo (${entry.validTo.date}) must come after validFrom (${entry.validFrom.date})`]);
  }
  return problems;
}

/**
 * A piece of evidence resolved against its source: the quote's offsets computed from the stored
 * text. `textOf` answers the source's text (null when none is stored), or undefined for an unknown source.
 */
export function resolveEvidence(
  entry: EvidenceEntry,
  textOf: (key: string) => string | null | undefined,
): { evidence: EvidenceRecord } | { problem: FieldProblem } {
  const text = textOf(entry.source);
  if (text === undefined) return { problem: ['source', `unknown source "${entry.source}"`] };
  const located = locateQuote(entry, text);
  if (typeof located === 'string') return { problem: ['quote', located] };
  return { evidence: { source: entry.source, quote: entry.quote ?? null, ...located, confidence: entry.confidence ?? 1, locator: entry.locator ?? null } };
}

/** Finds the quote's offsets in the source's text, or says why it cannot. */
function locateQuote(entry: EvidenceEntry, text: string | null): { start: number | null; end: number | null } | string {
  if (text === null) {
    if (entry.occurrence !== undefined) return `source "${entry.source}" has no stored text, so "occurrence" has no meaning`;
    return { start: null, end: null };
  }
  if (entry.quote === undefined) return `source "${entry.source}" has its full text stored, so a quote from it is required`;
  const offsets: number[] = [];
  for (let at = text.indexOf(entry.quote); at !== -1; at = text.indexOf(entry.quote, at + 1)) offsets.push(at);
  if (offsets.length === 0) return `quote not found verbatim in the text of "${entry.source}": "${entry.quote}"`;
  if (entry.occurrence === undefined && offsets.length > 1) {
    return `quote appears ${offsets.length} times in "${entry.source}"; say which with occurrence: 1 to ${offsets.length}`;
  }
  const start = offsets[(entry.occurrence ?? 1) - 1];
  if (start === undefined) return `occurrence ${entry.occurrence} asked for, but the quote appears ${offsets.length} time(s)`;
  return { start, end: start + entry.quote.length };
}

export function toRelationRecord(entry: RelationEntry): RelationRecord {
  const qualifiers = Object.fromEntries(QUALIFIERS.filter((q) => entry[q] !== undefined).map((q) => [q, entry[q]]));
  return {
    id: entry.id,
    type: entry.type,
    subject: entry.subject,
    object: entry.object,
    context: entry.context ?? null,
    validFrom: entry.validFrom ?? null,
    validTo: entry.validTo ?? null,
    confidence: entry.confidence,
    ...qualifiers,
  };
}

export function toEntityRecord(entry: EntityEntry): EntityRecord {
  return {
    key: entry.key,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases,
    description: entry.description ?? null,
    subKind: entry.subKind ?? null,
    date: entry.date ?? null,
    identifiers: entry.identifiers,
  };
}

export function toSourceRecord(entry: SourceEntry, text: string | null): SourceRecord {
  return {
    key: entry.key,
    kind: entry.kind,
    title: entry.title,
    url: entry.url ?? null,
    publisher: entry.publisher ?? null,
    publishedAt: entry.publishedAt ?? null,
    text,
    sha256: entry.sha256 ?? null,
  };
}

/** Names compared the way people read them: case, accents and punctuation ignored. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}
