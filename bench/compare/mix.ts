import type { Plan } from '../generate/plan.js';
import { personKey, personName } from '../generate/plan.js';
import { streamFor, type Random } from '../generate/random.js';
import { pickers } from '../explore/workload.js';

/**
 * The reference query mix: one question from each kind of user (researchers, apps, analysts), asked of every
 * server in the comparison. Each server turns a `MixRequest` into its own HTTP request and its answer
 * back into an `Answer`, so that the answers can be compared field by field before anything is timed.
 */

export const QUERY_NAMES = ['entity-as-of', 'search', 'office-holders', 'evidence', 'neighbourhood', 'paths'] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** The sizes every server uses, so that all four answer the same question. */
export const LIMITS = {
  /** entity-as-of: relations of the entity valid on the day, in time order. */
  relationsAsOf: 25,
  search: 10,
  officeHolders: 50,
  /** evidence: the entity's first relations in time order, each with its evidence and sources. */
  relationsWithEvidence: 10,
  neighbourhoodDepth: 2,
  neighbourhoodLimit: 50,
  neighbourhoodPerEntity: 25,
  pathHops: 4,
  paths: 3,
  pathMaxDegree: 500,
} as const;

export interface Variables {
  'entity-as-of': { key: string; asOf: string };
  search: { text: string };
  'office-holders': { office: string };
  evidence: { key: string };
  neighbourhood: { key: string };
  paths: { from: string; to: string };
}

export type MixRequest = { [Name in QueryName]: { query: Name; variables: Variables[Name] } }[QueryName];

export const DESCRIPTIONS: Record<QueryName, string> = {
  'entity-as-of': `a person with their relations valid on a day (first ${LIMITS.relationsAsOf}, both ends of each)`,
  search: `full-text search for a person's name (first ${LIMITS.search})`,
  'office-holders': `an office's holders over time (first ${LIMITS.officeHolders} HOLDS_OFFICE relations)`,
  evidence: `a person's relations with evidence and sources, three levels below the entity (first ${LIMITS.relationsWithEvidence})`,
  neighbourhood: `neighbourhood at depth ${LIMITS.neighbourhoodDepth} (limit ${LIMITS.neighbourhoodLimit}, ${LIMITS.neighbourhoodPerEntity} per entity)`,
  paths: `up to ${LIMITS.paths} shortest paths of at most ${LIMITS.pathHops} hops, avoiding hubs over ${LIMITS.pathMaxDegree} relations`,
};

/**
 * How deep each question reaches into the graph: the levels of stored objects (entity, relation,
 * evidence, source) one answer nests. The target is at most this many Cypher statements per request.
 */
export const DEPTH: Record<QueryName, number> = {
  'entity-as-of': 3, // entity → relations → their subject and object
  search: 1, // entities
  'office-holders': 2, // relations → their subject and object
  evidence: 4, // entity → relations → evidence → source
  neighbourhood: 2, // relations → their ends
  paths: 2, // relations → their ends
};

// ---------------------------------------------------------------------------------------------
// Answers: what every server's response is reduced to before the answers are compared.

export interface EntityBrief {
  key: string;
  name: string;
  kind: string;
}

export interface RelationBrief {
  id: string;
  type: string;
  validFrom: string | null;
  validTo: string | null;
  subject: string;
  object: string;
}

export interface EvidenceBrief {
  relation: string;
  quote: string | null;
  source: { key: string; title: string | null; publishedAt: string | null };
}

export interface Answer {
  /** Every entity the answer names, once each, by key. */
  entities: EntityBrief[];
  /** In the answer's order where the question has one (pages, paths); by id where it has none. */
  relations: RelationBrief[];
  evidence: EvidenceBrief[];
  paths: { entities: string[]; relations: string[] }[];
}

/** Builds an Answer, putting the parts whose order no question fixes into one order. */
export class AnswerBuilder {
  private readonly entities = new Map<string, EntityBrief>();
  private readonly relations: RelationBrief[] = [];
  private readonly evidence: EvidenceBrief[] = [];
  private readonly paths: Answer['paths'] = [];

  entity(entity: EntityBrief): string {
    this.entities.set(entity.key, { key: entity.key, name: entity.name, kind: entity.kind });
    return entity.key;
  }

  relation(relation: Omit<RelationBrief, 'subject' | 'object'> & { subject: EntityBrief; object: EntityBrief }): string {
    this.relations.push({
      id: relation.id,
      type: relation.type,
      validFrom: relation.validFrom,
      validTo: relation.validTo,
      subject: this.entity(relation.subject),
      object: this.entity(relation.object),
    });
    return relation.id;
  }

  supportedBy(evidence: EvidenceBrief): void {
    this.evidence.push(evidence);
  }

  path(path: { entities: string[]; relations: string[] }): void {
    this.paths.push(path);
  }

  build(options: { relationsInOrder: boolean }): Answer {
    const relations = options.relationsInOrder ? this.relations : [...this.relations].sort((a, b) => compare(a.id, b.id));
    return {
      entities: [...this.entities.values()].sort((a, b) => compare(a.key, b.key)),
      relations,
      evidence: [...this.evidence].sort(
        (a, b) => compare(a.relation, b.relation) || compare(a.source.key, b.source.key) || compare(a.quote ?? '', b.quote ?? ''),
      ),
      paths: this.paths,
    };
  }
}

/** Whether a question's relations come in an order its answer defines. */
export const RELATIONS_IN_ORDER: Record<QueryName, boolean> = {
  'entity-as-of': true,
  search: true,
  'office-holders': true,
  evidence: true,
  neighbourhood: false,
  paths: true,
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first difference between two answers, as a path and the two values; null when they agree. */
export function difference(expected: unknown, actual: unknown, at = ''): string | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let index = 0; index < Math.max(expected.length, actual.length); index += 1) {
      if (index >= expected.length || index >= actual.length) {
        return `${at}: ${expected.length} items, not ${actual.length} (first extra: ${JSON.stringify(expected[index] ?? actual[index])})`;
      }
      const found = difference(expected[index], actual[index], `${at}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (expected !== null && actual !== null && typeof expected === 'object' && typeof actual === 'object') {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      const found = difference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return expected === actual ? null : `${at}: ${JSON.stringify(expected)}, not ${JSON.stringify(actual)}`;
}

// ---------------------------------------------------------------------------------------------
// Requests, chosen deterministically from the generator's plan.

/** `count` requests of one question, or of the whole mix (round robin) when `query` is 'mix'. */
export function mixRequests(plan: Plan, query: QueryName | 'mix', count: number, stream = 'bench-compare'): MixRequest[] {
  const random = streamFor(plan.seed, `${stream}-${query}`);
  const ask = askers(plan);
  return Array.from({ length: count }, (_, index) => {
    const name = query === 'mix' ? QUERY_NAMES[index % QUERY_NAMES.length]! : query;
    return { query: name, variables: ask[name](random) } as MixRequest;
  });
}

function askers(plan: Plan): { [Name in QueryName]: (random: Random) => Variables[Name] } {
  const person = (random: Random) => random.int(0, plan.people.count - 1);
  const pick = pickers(plan);
  // Constituencies only, where the exploration workload's places include regions and nations.
  const constituency = (random: Random) => random.pick(plan.constituencies).key;
  const offices = [
    plan.primeMinisterOffice,
    ...plan.firstMinisterOffices,
    ...plan.parties.map((party) => party.leaderOffice),
    ...plan.branches.map((branch) => branch.leaderOffice),
    ...plan.ministries.map((ministry) => ministry.key),
  ];
  const seats = plan.constituencies.map((constituency) => constituency.seat);
  return {
    'entity-as-of': (random) => ({ key: personKey(person(random)), asOf: `${random.int(1995, 2021)}-${pad(random.int(1, 12))}-01` }),
    search: (random) => ({ text: personName(plan.seed, person(random)).name }),
    // Half national offices (few, long histories), half seats (many, a holder or two each).
    'office-holders': (random) => ({ office: random.chance(0.5) ? random.pick(offices) : random.pick(seats) }),
    evidence: (random) => ({ key: personKey(person(random)) }),
    // Mostly people; sometimes a constituency, a party, or one of the biggest parties (a hub).
    neighbourhood: (random) => {
      const roll = random.int(0, 7);
      return { key: (roll < 5 ? pick.person : roll === 5 ? constituency : roll === 6 ? pick.party : pick.hubParty)(random) };
    },
    paths: (random) => ({
      from: pick.person(random),
      to: (random.chance(0.5) ? pick.person : random.chance(0.5) ? constituency : pick.party)(random),
    }),
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
