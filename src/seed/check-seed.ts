import { SUB_KINDS, type EntityKind, type EntityRecord } from '../model/entity.js';
import {
  QUALIFIERS,
  RELATION_VOCABULARY,
  type EvidenceRecord,
  type RelationRecord,
  type SourceRecord,
} from '../model/relation.js';
import type { EvidenceEntry, RelationEntry, SeedFile } from './seed-file.js';

/** A seed file after its own shape was checked, with a way to point at a place in it. */
export interface ParsedSeedFile {
  file: string;
  content: SeedFile;
  /** "entities[3].subKind (line 12)" for a path into the file. */
  locate(path: (string | number)[]): string;
  /** Full texts of the sources this file declares, read from their textFile; null where none. */
  texts: Map<string, string | null>;
}

export interface SeedProblem {
  file: string;
  location: string;
  message: string;
}

export interface EntityEvidenceRecord extends EvidenceRecord {
  entity: string;
  property: string | null;
}

export interface Seed {
  entities: EntityRecord[];
  entityEvidence: EntityEvidenceRecord[];
  sources: SourceRecord[];
  relations: (RelationRecord & { evidence: EvidenceRecord[] })[];
}

/**
 * The rules that span files: every key defined once and every reference resolved, the
 * vocabulary's kind and qualifier rules, ordered validity, and quotes found verbatim in the texts
 * of their sources. Returns the records to write, or every problem found.
 */
export function checkSeed(files: ParsedSeedFile[]): { seed: Seed; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const seed: Seed = { entities: [], entityEvidence: [], sources: [], relations: [] };
  const entities = new Map<string, { kind: EntityKind; file: string; where: SeedProblem }>();
  const sources = new Map<string, { text: string | null; file: string }>();
  const relationIds = new Map<string, string>();

  // Definitions first, so that references may point into any file.
  for (const parsed of files) {
    const problem = (path: (string | number)[], message: string) =>
      problems.push({ file: parsed.file, location: parsed.locate(path), message });

    for (const [index, entry] of (parsed.content.entities ?? []).entries()) {
      const earlier = entities.get(entry.key);
      if (earlier) {
        problem(['entities', index, 'key'], `entity key "${entry.key}" is already defined in ${earlier.file}`);
        continue;
      }
      const where = { file: parsed.file, location: parsed.locate(['entities', index, 'name']), message: '' };
      entities.set(entry.key, { kind: entry.kind, file: parsed.file, where });
      const allowed = SUB_KINDS[entry.kind];
      if (entry.subKind !== undefined && !allowed.includes(entry.subKind)) {
        problem(
          ['entities', index, 'subKind'],
          allowed.length === 0
            ? `${entry.kind} has no sub-kinds`
            : `sub-kind must be one of ${allowed.join(', ')} for ${entry.kind}, got "${entry.subKind}"`,
        );
      }
      if (entry.date !== undefined && entry.kind !== 'ELECTION') {
        problem(['entities', index, 'date'], 'only elections have a date');
      }
      seed.entities.push({
        key: entry.key,
        kind: entry.kind,
        name: entry.name,
        aliases: entry.aliases,
        description: entry.description ?? null,
        subKind: entry.subKind ?? null,
        date: entry.date ?? null,
      });
    }

    for (const [index, entry] of (parsed.content.sources ?? []).entries()) {
      const earlier = sources.get(entry.key);
      if (earlier) {
        problem(['sources', index, 'key'], `source key "${entry.key}" is already defined in ${earlier.file}`);
        continue;
      }
      const text = parsed.texts.get(entry.key) ?? null;
      sources.set(entry.key, { text, file: parsed.file });
      seed.sources.push({
        key: entry.key,
        kind: entry.kind,
        title: entry.title,
        url: entry.url ?? null,
        publisher: entry.publisher ?? null,
        publishedAt: entry.publishedAt ?? null,
        text,
      });
    }

    for (const [index, entry] of (parsed.content.relations ?? []).entries()) {
      const earlier = relationIds.get(entry.id);
      if (earlier) problem(['relations', index, 'id'], `relation id "${entry.id}" is already defined in ${earlier}`);
      else relationIds.set(entry.id, parsed.file);
    }
  }

  problems.push(...sameNameTwice(seed.entities, (key) => entities.get(key)!.where));

  // Then everything that refers to a definition.
  for (const parsed of files) {
    const problem = (path: (string | number)[], message: string) =>
      problems.push({ file: parsed.file, location: parsed.locate(path), message });

    const resolveEvidence = (entry: EvidenceEntry, path: (string | number)[]): EvidenceRecord | null => {
      const source = sources.get(entry.source);
      if (!source) {
        problem([...path, 'source'], `unknown source "${entry.source}"`);
        return null;
      }
      const located = locateQuote(entry, source.text);
      if (typeof located === 'string') {
        problem([...path, 'quote'], located);
        return null;
      }
      return { source: entry.source, quote: entry.quote ?? null, ...located, confidence: entry.confidence ?? 1 };
    };

    for (const [index, entry] of (parsed.content.entities ?? []).entries()) {
      for (const [at, evidence] of entry.evidence.entries()) {
        const resolved = resolveEvidence(evidence, ['entities', index, 'evidence', at]);
        if (resolved) seed.entityEvidence.push({ ...resolved, entity: entry.key, property: evidence.property ?? null });
      }
    }

    for (const [index, entry] of (parsed.content.relations ?? []).entries()) {
      if (relationIds.get(entry.id) !== parsed.file) continue; // a duplicate, reported above
      const path = ['relations', index];
      const ruleProblems = checkRelation(entry, entities);
      for (const [field, message] of ruleProblems) problem([...path, field], message);
      const evidence = entry.evidence.map((item, at) => resolveEvidence(item, [...path, 'evidence', at]));
      if (ruleProblems.length > 0 || evidence.includes(null)) continue;
      seed.relations.push({ ...toRelationRecord(entry), evidence: evidence as EvidenceRecord[] });
    }
  }

  return { seed, problems };
}

function checkRelation(
  entry: RelationEntry,
  entities: Map<string, { kind: EntityKind }>,
): [string, string][] {
  const rule = RELATION_VOCABULARY[entry.type];
  const problems: [string, string][] = [];
  const subject = entities.get(entry.subject);
  const object = entities.get(entry.object);
  if (!subject) problems.push(['subject', `unknown entity "${entry.subject}"`]);
  if (!object) problems.push(['object', `unknown entity "${entry.object}"`]);
  if (subject && object && !rule.connects.some(([from, to]) => from === subject.kind && to === object.kind)) {
    const allowed = rule.connects.map(([from, to]) => `${from} → ${to}`).join(' or ');
    problems.push(['type', `${entry.type} connects ${allowed}, not ${subject.kind} → ${object.kind}`]);
  }
  if (entry.context !== undefined) {
    const context = entities.get(entry.context);
    if (!context) problems.push(['context', `unknown entity "${entry.context}"`]);
    else if (rule.context.length === 0) problems.push(['context', `${entry.type} takes no context`]);
    else if (!rule.context.includes(context.kind)) {
      problems.push(['context', `the context of ${entry.type} must be ${rule.context.join(' or ')}, not ${context.kind}`]);
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

/** The same person or party under two keys shows up as two entities of one kind sharing a name. */
function sameNameTwice(entities: EntityRecord[], whereIs: (key: string) => SeedProblem): SeedProblem[] {
  const seen = new Map<string, string>();
  const problems: SeedProblem[] = [];
  for (const entity of entities) {
    for (const name of new Set([entity.name, ...entity.aliases].map(normalizeName))) {
      const id = `${entity.kind}:${name}`;
      const other = seen.get(id);
      if (other && other !== entity.key) {
        problems.push({
          ...whereIs(entity.key),
          message: `"${entity.key}" and "${other}" are both ${entity.kind} named "${name}": the same entity under two keys?`,
        });
      } else {
        seen.set(id, entity.key);
      }
    }
  }
  return problems;
}

export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

function toRelationRecord(entry: RelationEntry): RelationRecord {
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
