import type { EntityKind } from '../../src/model/entity.js';
import {
  RELATION_VOCABULARY,
  type PartialDate,
  type QualifierValues,
  type RelationType,
} from '../../src/model/relation.js';
import type { Fact, Story } from './articles.js';
import { spoken, yearOf } from './dates.js';
import { personKey, personName, type Plan } from './plan.js';
import type { GeneratedRelation } from './types.js';

/**
 * Makes relations with sequential ids, checked against the project's vocabulary as they are made
 * (subject and object kinds, context kind, qualifiers), so a generator bug cannot load a fact the
 * real import would refuse.
 */
export class Relations {
  private sequence = 0;
  readonly byType = new Map<RelationType, number>();

  make(
    type: RelationType,
    subject: string,
    object: string,
    options: {
      context?: string | null;
      validFrom?: PartialDate | null;
      validTo?: PartialDate | null;
      confidence?: number;
      qualifiers?: QualifierValues;
    } = {},
  ): GeneratedRelation {
    const relation: GeneratedRelation = {
      id: `gen-rel-${++this.sequence}`,
      type,
      subject,
      object,
      context: options.context ?? null,
      validFrom: options.validFrom ?? null,
      validTo: options.validTo ?? null,
      confidence: options.confidence ?? 1,
      qualifiers: options.qualifiers ?? {},
    };
    checkVocabulary(relation);
    this.byType.set(type, (this.byType.get(type) ?? 0) + 1);
    return relation;
  }

  get count(): number {
    return this.sequence;
  }
}

/** What the generators share: the plan, the relation factory, and people's names. */
export interface Context {
  plan: Plan;
  relations: Relations;
  name(person: number): string;
}

export function contextFor(plan: Plan): Context {
  return { plan, relations: new Relations(), name: (person) => personName(plan.seed, person).name };
}

export function fact(relation: GeneratedRelation, first: string, second: string): Fact {
  return { relation, wording: [first, second] };
}

/** 12345 → "12,345", without depending on the machine's locale data. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function percent(share: number): string {
  return (share * 100).toFixed(1);
}

export function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}

export interface Succession {
  person: number;
  from: PartialDate;
  to: PartialDate | null;
  /** The party a holder represents (HOLDS_OFFICE context), or null. */
  context: string | null;
}

/**
 * Stories for a chain of office holders: when someone takes over, the report says who held the
 * office until then (HOLDS_OFFICE, closed), that the newcomer succeeded them (SUCCEEDED, in the
 * office's context), and, for the current holder, since when they have held it. With
 * `organisation`, holders also LEAD it. `extra` adds facts to the story of a change (a leadership
 * election's results).
 */
export function* successionStories(
  context: Context,
  options: {
    office: { key: string; name: string };
    organisation?: { key: string; name: string };
    successions: Succession[];
    dateline: string;
    extra?: (index: number) => Fact[];
  },
): Generator<Story> {
  const { relations, name } = context;
  const { office, organisation, successions } = options;
  const holding = (tenure: Succession): Fact[] => {
    const person = personKey(tenure.person);
    const who = name(tenure.person);
    const span = { validFrom: tenure.from, validTo: tenure.to, context: tenure.context };
    const facts: Fact[] = [];
    const holds = relations.make('HOLDS_OFFICE', person, office.key, span);
    facts.push(
      tenure.to
        ? fact(holds, `${who} served as ${office.name} from ${spoken(tenure.from)} to ${spoken(tenure.to)}`,
            `${who}, ${office.name} between ${yearOf(tenure.from.date)} and ${yearOf(tenure.to.date)}`)
        : fact(holds, `${who} has been ${office.name} since ${spoken(tenure.from)}`,
            `${who}, ${office.name} since ${yearOf(tenure.from.date)}`),
    );
    if (organisation) {
      const leads = relations.make('LEADS', person, organisation.key, {
        validFrom: tenure.from,
        validTo: tenure.to,
        qualifiers: { role: 'leader' },
      });
      facts.push(
        tenure.to
          ? fact(leads, `${who} led the ${organisation.name} from ${spoken(tenure.from)} until ${spoken(tenure.to)}`,
              `${who}'s time as leader of the ${organisation.name} ended in ${yearOf(tenure.to.date)}`)
          : fact(leads, `${who} has led the ${organisation.name} since ${spoken(tenure.from)}`,
              `${who}, leader of the ${organisation.name} since ${yearOf(tenure.from.date)}`),
      );
    }
    return facts;
  };

  for (const [index, current] of successions.entries()) {
    const facts: Fact[] = [];
    const previous = successions[index - 1];
    if (previous) {
      facts.push(...holding(previous));
      if (previous.to?.date === current.from.date && previous.person !== current.person) {
        const succeeded = relations.make('SUCCEEDED', personKey(current.person), personKey(previous.person), {
          context: office.key,
          validFrom: current.from,
        });
        facts.push(
          fact(succeeded, `${name(current.person)} succeeded ${name(previous.person)} as ${office.name}`,
            `${name(current.person)} took over from ${name(previous.person)}`),
        );
      }
    }
    facts.push(...(options.extra?.(index) ?? []));
    if (current.to === null) facts.push(...holding(current));
    if (facts.length === 0) continue;
    yield {
      date: current.from.date,
      title: `${name(current.person)} becomes ${office.name}`,
      dateline: options.dateline,
      intro: `${name(current.person)} is the new ${office.name}.`,
      facts,
    };
  }
  const last = successions[successions.length - 1];
  if (last?.to) {
    yield {
      date: last.to.date,
      title: `${name(last.person)} steps down as ${office.name}`,
      dateline: options.dateline,
      intro: `${name(last.person)} has left office.`,
      facts: holding(last),
    };
  }
}

const KIND_OF_PREFIX: [string, EntityKind][] = [
  ['gen-person-', 'PERSON'],
  ['gen-party-', 'ORGANIZATION'],
  ['gen-branch-', 'ORGANIZATION'],
  ['gen-office-', 'OFFICE'],
  ['gen-election-', 'ELECTION'],
  ['gen-country', 'PLACE'],
  ['gen-nation-', 'PLACE'],
  ['gen-region-', 'PLACE'],
  ['gen-constituency-', 'PLACE'],
];

export function kindOfKey(key: string): EntityKind {
  const match = KIND_OF_PREFIX.find(([prefix]) => key.startsWith(prefix));
  if (!match) throw new Error(`Generated key ${key} has no known kind`);
  return match[1];
}

function checkVocabulary(relation: GeneratedRelation): void {
  const rule = RELATION_VOCABULARY[relation.type];
  const subject = kindOfKey(relation.subject);
  const object = kindOfKey(relation.object);
  const problems: string[] = [];
  if (!rule.connects.some(([from, to]) => from === subject && to === object)) {
    problems.push(`${subject} → ${object} is not allowed`);
  }
  if (relation.context !== null && !rule.context.includes(kindOfKey(relation.context))) {
    problems.push(`context ${relation.context} is not allowed`);
  }
  for (const qualifier of Object.keys(relation.qualifiers)) {
    if (!(rule.qualifiers as readonly string[]).includes(qualifier)) problems.push(`qualifier ${qualifier} is not allowed`);
  }
  if (relation.validFrom && relation.validTo && relation.validTo.date < relation.validFrom.date) {
    problems.push('ends before it starts');
  }
  if (problems.length > 0) {
    throw new Error(`Generated relation ${relation.id} (${relation.type}) breaks the vocabulary: ${problems.join('; ')}`);
  }
}
