import { describeIdentifier, identifierKey, type EntityKind, type EntityRecord } from '../model/entity.js';
import type { EvidenceEntry } from '../model/fields.js';
import type { RecordSet } from '../model/record-set.js';
import type { EvidenceRecord } from '../model/relation.js';
import { entityProblems, normalizeName, relationProblems, resolveEvidence, toEntityRecord, toRelationRecord, toSourceRecord } from '../model/rules.js';
import type { SeedFile } from './seed-file.js';

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

/** A validated seed: the records to write. */
export type Seed = RecordSet;

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
  const identifiers = new Map<string, string>();

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
      for (const [field, message] of entityProblems(entry)) problem(['entities', index, field], message);
      for (const [at, identifier] of entry.identifiers.entries()) {
        const holder = identifiers.get(identifierKey(identifier));
        if (holder) problem(['entities', index, 'identifiers', at], `${describeIdentifier(identifier)} is given to "${holder}" too; one identifier names one entity`);
        else identifiers.set(identifierKey(identifier), entry.key);
      }
      seed.entities.push(toEntityRecord(entry));
    }

    for (const [index, entry] of (parsed.content.sources ?? []).entries()) {
      const earlier = sources.get(entry.key);
      if (earlier) {
        problem(['sources', index, 'key'], `source key "${entry.key}" is already defined in ${earlier.file}`);
        continue;
      }
      const text = parsed.texts.get(entry.key) ?? null;
      sources.set(entry.key, { text, file: parsed.file });
      seed.sources.push(toSourceRecord(entry, text));
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

    const evidenceAt = (entry: EvidenceEntry, path: (string | number)[]): EvidenceRecord | null => {
      const resolved = resolveEvidence(entry, (key) => sources.get(key)?.text);
      if ('evidence' in resolved) return resolved.evidence;
      problem([...path, resolved.problem[0]], resolved.problem[1]);
      return null;
    };

    for (const [index, entry] of (parsed.content.entities ?? []).entries()) {
      for (const [at, evidence] of entry.evidence.entries()) {
        const resolved = evidenceAt(evidence, ['entities', index, 'evidence', at]);
        if (resolved) seed.entityEvidence.push({ ...resolved, entity: entry.key, property: evidence.property ?? null });
      }
    }

    for (const [index, entry] of (parsed.content.relations ?? []).entries()) {
      if (relationIds.get(entry.id) !== parsed.file) continue; // a duplicate, reported above
      const path = ['relations', index];
      const ruleProblems = relationProblems(entry, (key) => entities.get(key)?.kind);
      for (const [field, message] of ruleProblems) problem([...path, field], message);
      const evidence = entry.evidence.map((item, at) => evidenceAt(item, [...path, 'evidence', at]));
      if (ruleProblems.length > 0 || evidence.includes(null)) continue;
      seed.relations.push({ ...toRelationRecord(entry), evidence: evidence as EvidenceRecord[] });
    }
  }

  return { seed, problems };
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
