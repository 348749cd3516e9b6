import type { Plan } from '../generate/plan.js';
import { personKey } from '../generate/plan.js';
import { streamFor, type Random } from '../generate/random.js';

/**
 * The requests an analyst would make, chosen deterministically from the plan: neighbourhoods of
 * people, parties (the biggest ones are hubs with thousands of members) and places, and paths
 * between people, parties and places.
 */

export type QueryName = 'neighbourhood' | 'paths';

export interface BenchRequest {
  query: QueryName;
  /** What the request starts from (and reaches, for paths): the rows of the per-category table. */
  category: string;
  variables: Record<string, unknown>;
}

type Pick = (random: Random) => string;

export const NEIGHBOURHOOD_DEPTH = 2;
export const PATH_MAX_HOPS = 6;
const HUB_PARTIES = 3;

export function neighbourhoodRequests(plan: Plan, count: number, stream: string): BenchRequest[] {
  const random = streamFor(plan.seed, stream);
  const picks = pickers(plan);
  const categories: [string, Pick][] = [
    ['person', picks.person],
    ['hub party', picks.hubParty],
    ['person', picks.person],
    ['place', picks.place],
    ['person', picks.person],
    ['party', picks.party],
    ['place', picks.place],
    ['person', picks.person],
  ];
  return Array.from({ length: count }, (_, index) => {
    const [category, pick] = categories[index % categories.length]!;
    return { query: 'neighbourhood', category, variables: { key: pick(random), depth: NEIGHBOURHOOD_DEPTH } };
  });
}

export function pathRequests(plan: Plan, count: number, stream: string): BenchRequest[] {
  const random = streamFor(plan.seed, stream);
  const picks = pickers(plan);
  const pairs: [string, Pick, Pick][] = [
    ['person → person', picks.person, picks.person],
    ['person → party', picks.person, picks.party],
    ['person → person', picks.person, picks.person],
    ['person → place', picks.person, picks.place],
    ['person → person', picks.person, picks.person],
    ['party → place', picks.party, picks.place],
  ];
  return Array.from({ length: count }, (_, index) => {
    const [category, from, to] = pairs[index % pairs.length]!;
    return { query: 'paths', category, variables: { from: from(random), to: to(random), maxHops: PATH_MAX_HOPS } };
  });
}

/** Random keys of each kind of starting point, from the plan. */
export function pickers(plan: Plan) {
  const constituencies = plan.constituencies.map((constituency) => constituency.key);
  const largerPlaces = ['gen-country', ...plan.nations.map((nation) => nation.key), ...plan.regions.map((region) => region.key)];
  return {
    person: (random: Random) => personKey(random.int(0, plan.people.count - 1)),
    hubParty: (random: Random) => plan.parties[random.int(0, Math.min(HUB_PARTIES, plan.parties.length) - 1)]!.key,
    party: (random: Random) => plan.parties[random.int(0, plan.parties.length - 1)]!.key,
    // Mostly constituencies; a third of the time a region, nation or the country (hubs of their own).
    place: (random: Random) => (random.chance(2 / 3) ? random.pick(constituencies) : random.pick(largerPlaces)),
  };
}
