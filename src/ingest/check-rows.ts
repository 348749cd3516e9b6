import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeIdentifier, identifierKey, type EntityKind, type Identifier } from '../model/entity.js';
import type { EvidenceEntry } from '../model/fields.js';
import type { EntityRecord } from '../model/entity.js';
import type { EntityEvidenceRecord, RelationWithEvidence } from '../model/record-set.js';
import type { EvidenceRecord } from '../model/relation.js';
import { entityProblems, relationProblems, resolveEvidence, toRelationRecord } from '../model/rules.js';
import { noExistingRecords, type ExistingRecords } from '../repositories/existing-records.js';
import { parseImportRecord, type ImportRecord } from './import-records.js';
import type { RawRow } from './read-rows.js';

/** What is wrong with one row: its line, the field (as "relation.evidence[0].quote") and why. */
export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

/** A row whose shape is right, with the record it holds. */
export interface ParsedRow {
  line: number;
  text: string;
  record: ImportRecord;
}

/**
 * The import's validation, in the seed's rules, over a file read twice. The first pass (`define`)
 * checks each row's shape and learns what the file defines; the database is then asked about every
 * key the file refers to but does not define (`useExisting`); the second pass (`check`) applies the
 * rules that look across rows. Only the keys, kinds and source texts are held in memory.
 */
export class ImportChecker {
  private readonly entities = new Map<string, { kind: EntityKind; line: number }>();
  private readonly sources = new Map<string, { text: string | null; line: number }>();
  private readonly relations = new Map<string, number>();
  /** Identifiers the file gives, with the entity and line that give them: one identifier names one entity. */
  private readonly identifiers = new Map<string, { identifier: Identifier; key: string; line: number }>();
  /** Keys defined on rows that were rejected, so references to them can say so. */
  private readonly rejectedDefinitions = new Map<string, number>();
  private readonly badLines = new Set<number>();
  private existing: ExistingRecords = noExistingRecords();

  constructor(private readonly directory: string) {}

  /** First pass: the row's own shape and rules, and duplicates within the file. */
  async define(row: RawRow): Promise<{ parsed: ParsedRow | null; problems: RowProblem[] }> {
    const shaped = this.shape(row);
    if ('problems' in shaped) return this.reject(row.line, shaped.problems);
    const { record } = shaped;
    const parsed = { line: row.line, text: row.text, record };
    if ('entity' in record) {
      const { key } = record.entity;
      const own = entityProblems(record.entity).map(([field, message]) => this.problem(row.line, `entity.${field}`, message));
      const earlier = this.entities.get(key) ?? (this.rejectedDefinitions.has(key) ? { line: this.rejectedDefinitions.get(key)! } : undefined);
      if (earlier) own.push(this.problem(row.line, 'entity.key', `entity "${key}" is already defined on line ${earlier.line}`));
      own.push(...this.identifiersGivenEarlier(record.entity.identifiers, row.line, 'entity.identifiers'));
      if (own.length > 0) return this.reject(row.line, own, key);
      this.entities.set(key, { kind: record.entity.kind, line: row.line });
      this.claimIdentifiers(record.entity.identifiers, key, row.line);
    } else if ('identifiers' in record) {
      const own = this.identifiersGivenEarlier(record.identifiers.identifiers, row.line, 'identifiers.identifiers');
      if (own.length > 0) return this.reject(row.line, own);
      this.claimIdentifiers(record.identifiers.identifiers, record.identifiers.entity, row.line);
    } else if ('source' in record) {
      const { key } = record.source;
      if (this.sources.has(key)) {
        return this.reject(row.line, [this.problem(row.line, 'source.key', `source "${key}" is already defined on line ${this.sources.get(key)!.line}`)]);
      }
      const text = await this.readText(record.source);
      if (typeof text === 'object' && text !== null) return this.reject(row.line, [this.problem(row.line, 'source.textFile', text.problem)], key);
      this.sources.set(key, { text, line: row.line });
    } else {
      const { id } = record.relation;
      const earlier = this.relations.get(id);
      if (earlier !== undefined) return this.reject(row.line, [this.problem(row.line, 'relation.id', `relation "${id}" is already defined on line ${earlier}`)]);
      this.relations.set(id, row.line);
    }
    return { parsed, problems: [] };
  }

  /** The keys to ask the database about: every entity and source the file names, defined or not. */
  keysToLookUp(references: { entities: Set<string>; sources: Set<string> }): { entities: string[]; sources: string[]; identifiers: Identifier[] } {
    return {
      entities: [...new Set([...this.entities.keys(), ...references.entities])],
      sources: [...references.sources].filter((key) => !this.sources.has(key)),
      identifiers: [...this.identifiers.values()].map((given) => given.identifier),
    };
  }

  /**
   * What the database holds. An entity the file defines must keep the kind it has there (relations
   * were checked against it), and a key merged into another entity cannot be defined again.
   */
  useExisting(existing: ExistingRecords): RowProblem[] {
    this.existing = existing;
    const problems: RowProblem[] = [];
    for (const [key, defined] of this.entities) {
      const stored = existing.entities.get(key);
      if (!stored) continue;
      const message = stored.mergedInto
        ? `"${key}" was merged into "${stored.mergedInto}"; use that key`
        : stored.kind !== defined.kind
          ? `entity "${key}" is ${stored.kind} in the database, not ${defined.kind}; kinds cannot change`
          : null;
      if (message) {
        problems.push(this.problem(defined.line, stored.mergedInto ? 'entity.key' : 'entity.kind', message));
        this.entities.delete(key);
        this.rejectedDefinitions.set(key, defined.line);
        this.badLines.add(defined.line);
      }
    }
    for (const [id, given] of this.identifiers) {
      const holder = existing.identifiers.get(id);
      if (holder === undefined || holder === given.key || this.badLines.has(given.line)) continue;
      const message = `${describeIdentifier(given.identifier)} already names "${holder}" in the database; one identifier names one entity`;
      problems.push(this.problem(given.line, 'entity.identifiers', message));
      this.entities.delete(given.key);
      this.rejectedDefinitions.set(given.key, given.line);
      this.badLines.add(given.line);
    }
    return problems;
  }

  /** Second pass: references, kinds, qualifiers and quotes; returns the records to write, or the problems. */
  check(row: ParsedRow): {
    relation?: RelationWithEvidence;
    entityEvidence?: EntityEvidenceRecord[];
    identifierAddition?: Pick<EntityRecord, 'key' | 'identifiers'>;
    problems: RowProblem[];
  } {
    if (this.badLines.has(row.line)) return { problems: [] };
    const record = row.record;
    if ('source' in record) return { problems: [] };
    if ('identifiers' in record) {
      const key = this.current(record.identifiers.entity);
      if (this.kindOf(key) === undefined) return { problems: [this.problem(row.line, 'identifiers.entity', this.explain(`unknown entity "${key}"`))] };
      return { identifierAddition: { key, identifiers: record.identifiers.identifiers }, problems: [] };
    }
    if ('entity' in record) {
      const problems: RowProblem[] = [];
      const evidence = this.evidence(record.entity.evidence, row.line, 'entity', problems);
      return { entityEvidence: evidence.map((item, at) => ({ ...item, entity: record.entity.key, property: record.entity.evidence[at]?.property ?? null })), problems };
    }
    const relation = { ...record.relation, subject: this.current(record.relation.subject), object: this.current(record.relation.object), context: record.relation.context && this.current(record.relation.context) };
    const problems = relationProblems(relation, (key) => this.kindOf(key)).map(([field, message]) => this.problem(row.line, `relation.${field}`, this.explain(message)));
    const evidence = this.evidence(record.relation.evidence, row.line, 'relation', problems);
    if (problems.length > 0) return { problems };
    return { relation: { ...toRelationRecord(relation), evidence }, problems };
  }

  /** Identifiers an earlier row of the file gives already: one identifier names one entity. */
  private identifiersGivenEarlier(identifiers: Identifier[], line: number, field: string): RowProblem[] {
    return identifiers.flatMap((identifier, at) => {
      const given = this.identifiers.get(identifierKey(identifier));
      if (!given) return [];
      const message = `${describeIdentifier(identifier)} is given to "${given.key}" on line ${given.line} too; one identifier names one entity`;
      return [this.problem(line, `${field}[${at}]`, message)];
    });
  }

  private claimIdentifiers(identifiers: Identifier[], key: string, line: number): void {
    for (const identifier of identifiers) this.identifiers.set(identifierKey(identifier), { identifier, key, line });
  }

  /** The text read for a source in the first pass (inline or from its textFile). */
  storedText(key: string): string | null {
    return this.sources.get(key)?.text ?? null;
  }

  isBad(line: number): boolean {
    return this.badLines.has(line);
  }

  markBad(line: number): void {
    this.badLines.add(line);
  }

  private evidence(entries: EvidenceEntry[], line: number, record: string, problems: RowProblem[]): EvidenceRecord[] {
    const evidence: EvidenceRecord[] = [];
    for (const [at, entry] of entries.entries()) {
      const resolved = resolveEvidence(entry, (key) => this.textOf(key));
      if ('evidence' in resolved) evidence.push(resolved.evidence);
      else problems.push(this.problem(line, `${record}.evidence[${at}].${resolved.problem[0]}`, this.explain(resolved.problem[1])));
    }
    return evidence;
  }

  /** The text of a source the file defines or the database holds: null when none is stored, undefined when unknown. */
  private textOf(key: string): string | null | undefined {
    const defined = this.sources.get(key);
    if (defined) return defined.text;
    return this.existing.sources.has(key) ? this.existing.sources.get(key) : undefined;
  }

  private async readText(source: { text?: string; textFile?: string }): Promise<string | null | { problem: string }> {
    if (source.text !== undefined) return source.text;
    if (source.textFile === undefined) return null;
    const file = path.resolve(this.directory, source.textFile);
    return readFile(file, 'utf8').catch(() => ({ problem: `cannot read ${file}` }));
  }

  /** A key merged into another entity is followed to the survivor, as the API does. */
  private current(key: string): string {
    if (this.entities.has(key)) return key;
    return this.existing.entities.get(key)?.mergedInto ?? key;
  }

  private kindOf(key: string): EntityKind | undefined {
    return this.entities.get(key)?.kind ?? this.existing.entities.get(key)?.kind;
  }

  /** "unknown entity" is true but unhelpful when the file defines it on a rejected row. */
  private explain(message: string): string {
    const key = /^unknown (?:entity|source) "(.*)"$/.exec(message)?.[1];
    const line = key === undefined ? undefined : this.rejectedDefinitions.get(key);
    return line === undefined ? message : `${message.replace(/^unknown /, '')} is defined on line ${line}, which was rejected`;
  }

  private shape(row: RawRow): { record: ImportRecord } | { problems: RowProblem[] } {
    if (row.parseError) return { problems: [this.problem(row.line, '', row.parseError)] };
    const result = parseImportRecord(row.value);
    if (result.success) return { record: result.data };
    return {
      problems: result.error.issues.map((issue) => this.problem(row.line, issue.path.map(String).join('.').replace(/\.(\d+)/g, '[$1]'), issue.message)),
    };
  }

  private reject(line: number, problems: RowProblem[], definedKey?: string) {
    this.badLines.add(line);
    if (definedKey !== undefined && !this.rejectedDefinitions.has(definedKey)) this.rejectedDefinitions.set(definedKey, line);
    return { parsed: null, problems };
  }

  private problem(line: number, field: string, message: string): RowProblem {
    return { line, field, message };
  }
}

/** The entity and source keys a row refers to, for the database lookup between the passes. */
export function referencesOf(record: ImportRecord, into: { entities: Set<string>; sources: Set<string> }): void {
  if ('relation' in record) {
    const { subject, object, context, evidence } = record.relation;
    for (const key of [subject, object, ...(context ? [context] : [])]) into.entities.add(key);
    for (const item of evidence) into.sources.add(item.source);
  } else if ('entity' in record) {
    for (const item of record.entity.evidence) into.sources.add(item.source);
  } else if ('identifiers' in record) {
    into.entities.add(record.identifiers.entity);
  }
}
