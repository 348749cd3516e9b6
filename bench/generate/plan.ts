import { addDays, day, daysBetween, firstThursdayOfMay, isoDate, month, yearOf } from './dates.js';
import type { PartialDate } from '../../src/model/relation.js';
import { COUNTRY_NAME, FIRST_NAMES, NATION_NAMES, PORTFOLIOS, SURNAMES, partyAbbreviation, partyName, placeNames } from './names.js';
import { cumulativeOf, streamFor, type Random } from './random.js';
import type { GeneratedEntity } from './types.js';

/**
 * The skeleton of a generated graph: everything except people's rows and the relations, which are
 * produced lazily from it. Its size grows with the number of entities only through a few small
 * arrays (one typed-array slot per person), so planning a million entities is cheap.
 */

export const GENERAL_ELECTIONS = [
  '1979-05-03', '1983-06-09', '1987-06-11', '1992-04-09', '1997-05-01', '2001-06-07', '2005-05-05', '2010-05-06',
  '2015-05-07', '2017-06-08', '2019-12-12', '2024-07-04',
];
export const DEVOLVED_ELECTIONS = ['1999-05-06', '2003-05-01', '2007-05-03', '2011-05-05', '2016-05-05', '2021-05-06'];
export const LOCAL_ELECTIONS = Array.from({ length: 11 }, (_, index) => firstThursdayOfMay(1981 + 4 * index));
/** Nations with a devolved parliament (index into NATION_NAMES); nation 0 is governed from the centre. */
export const DEVOLVED_NATIONS = [1, 2, 3];
export const DEVOLVED_SEATS = [0, 129, 60, 90];
export const REFERENDUMS = [
  { key: 'gen-election-referendum-2014', name: '2014 Northmark independence referendum', date: '2014-09-18', nations: [1], options: ['Yes', 'No'] as const },
  { key: 'gen-election-referendum-2016', name: '2016 Isles membership referendum', date: '2016-06-23', nations: [0, 1, 2, 3], options: ['Leave', 'Remain'] as const },
];
/** The day the generated history stops: later ends are left open (still valid). */
export const HISTORY_ENDS = '2024-12-31';
export const SPOKESPERSON_PORTFOLIOS = PORTFOLIOS.slice(0, 12);

export interface Tenure {
  person: number;
  from: PartialDate;
  /** Null while it still holds on HISTORY_ENDS. */
  to: PartialDate | null;
}

export interface LeadershipElection {
  key: string;
  name: string;
  date: string;
  party: number;
  /** Index in the party's leader chain of the leader it chose. */
  leader: number;
}

export interface Party {
  key: string;
  name: string;
  founded: number;
  /** Nation a regional party stands in, or -1 for a party that stands everywhere. */
  home: number;
  leaderOffice: string;
  leaders: Tenure[];
  leadershipElections: LeadershipElection[];
}

export interface Branch {
  key: string;
  name: string;
  party: number;
  nation: number;
  founded: number;
  leaderOffice: string;
  leaders: Tenure[];
}

export interface Constituency {
  key: string;
  name: string;
  region: number;
  seat: string;
  seatName: string;
  electorate: number;
  /** A by-election between general elections `gap` and `gap + 1`, or null. */
  byElection: { gap: number; date: string; key: string; name: string } | null;
}

export interface People {
  count: number;
  birth: Int16Array;
  joined: Int16Array;
  /** Month of joining, 0 when only the year is known. */
  joinedMonth: Int8Array;
  party: Int16Array;
  /** Second party after a defection, -1 for none. */
  laterParty: Int16Array;
  defected: Int16Array;
  /** Year of leaving without joining another party, 0 for none. */
  left: Int16Array;
  /** People who were ever members of each party. */
  members: Int32Array[];
}

export interface Plan {
  seed: number;
  entities: number;
  nations: { key: string; name: string }[];
  regions: { key: string; name: string; nation: number }[];
  constituencies: Constituency[];
  parties: Party[];
  /** Party weights for membership, biggest first. */
  partyWeights: number[];
  branches: Branch[];
  ministries: { key: string; name: string; portfolio: string }[];
  primeMinisterOffice: string;
  firstMinisterOffices: string[];
  /** Per general election, per party: the national swing multiplier. */
  swing: Float64Array[];
  /** Per region, per party: local strength multiplier. */
  regionalStrength: Float64Array[];
  people: People;
  /** Every non-person entity, in emission order. */
  fixedEntities: GeneratedEntity[];
  /** Candidates per local election, chosen so that the graph has about three relations per entity. */
  localCandidates: number;
}

/** A plan before its people exist: enough to list every other entity. */
type Skeleton = Omit<Plan, 'people' | 'fixedEntities' | 'localCandidates'>;

export function planGraph(entities: number, seed: number): Plan {
  const random = streamFor(seed, 'plan');
  const regionCount = Math.max(4, Math.round(entities / 2000));
  const constituencyCount = Math.max(8, Math.round(entities / 150));
  const partyCount = Math.max(6, Math.round(Math.sqrt(entities) / 10));
  const ministryCount = Math.min(PORTFOLIOS.length, 12 + Math.round(entities / 5000));

  const nations = NATION_NAMES.map((name, index) => ({ key: `gen-nation-${index}`, name }));
  const names = placeNames(random, regionCount + constituencyCount);
  const regions = names.slice(0, regionCount).map((name, index) => ({
    key: `gen-region-${index}`,
    name,
    // Every nation gets a region; after that most regions are in the largest nation.
    nation: index < nations.length ? index : random.chance(0.7) ? 0 : random.int(1, 3),
  }));
  const constituencies: Constituency[] = names.slice(regionCount).map((name, index) => ({
    key: `gen-constituency-${index}`,
    name,
    region: index < regionCount ? index : random.int(0, regionCount - 1),
    seat: `gen-office-seat-${index}`,
    seatName: `Member of Parliament for ${name}`,
    electorate: random.int(55_000, 82_000),
    byElection: null,
  }));
  for (const constituency of constituencies) {
    if (!random.chance(0.3)) continue;
    const gap = random.int(0, GENERAL_ELECTIONS.length - 2);
    const after = GENERAL_ELECTIONS[gap]!;
    const date = addDays(after, random.int(200, Math.max(201, daysBetween(after, GENERAL_ELECTIONS[gap + 1]!) - 100)));
    const index = Number(constituency.key.slice('gen-constituency-'.length));
    constituency.byElection = {
      gap,
      date,
      key: `gen-election-by-${index}-${date}`,
      name: `${yearOf(date)} ${constituency.name} by-election`,
    };
  }

  const partyWeights = Array.from({ length: partyCount }, (_, index) => 1 / (index + 1) ** 1.05);
  const parties: Party[] = Array.from({ length: partyCount }, (_, index) => {
    const name = partyName(index);
    return {
      key: `gen-party-${index}`,
      name,
      founded: index < 3 ? 1900 + random.int(0, 45) : 1950 + random.int(0, 60),
      home: index >= 3 && random.chance(0.4) ? random.pick(DEVOLVED_NATIONS) : -1,
      leaderOffice: `gen-office-leader-${index}`,
      leaders: [],
      leadershipElections: [],
    };
  });
  const branches: Branch[] = [];
  for (let party = 0; party < Math.min(partyCount, 6); party += 1) {
    for (const nation of DEVOLVED_NATIONS) {
      if (parties[party]!.home !== -1 && parties[party]!.home !== nation) continue;
      branches.push({
        key: `gen-branch-${party}-${nation}`,
        name: `${nations[nation]!.name} ${parties[party]!.name}`,
        party,
        nation,
        founded: Math.max(parties[party]!.founded, 1970 + random.int(0, 25)),
        leaderOffice: `gen-office-branch-leader-${party}-${nation}`,
        leaders: [],
      });
    }
  }

  // Leadership dates first (they decide how many leadership elections exist, hence how many entities
  // are left for people), then the people, then who held each leadership.
  const chains = streamFor(seed, 'leaders');
  const partyTenures = parties.map((party) => tenureDates(chains, party.founded));
  const branchTenures = branches.map((branch) => tenureDates(chains, branch.founded));
  for (const [index, party] of parties.entries()) {
    party.leadershipElections = partyTenures[index]!.slice(1).map((tenure, position) => {
      const date = addDays(tenure.from.date, -chains.int(0, 45));
      return {
        key: `gen-election-leadership-${index}-${date}`,
        name: `${yearOf(date)} ${party.name} leadership election`,
        date,
        party: index,
        leader: position + 1,
      };
    });
  }

  const swingRandom = streamFor(seed, 'swing');
  const swing = GENERAL_ELECTIONS.map(() => Float64Array.from(parties, () => Math.exp(0.3 * swingRandom.normal())));
  const regionalStrength = regions.map(() => Float64Array.from(parties, () => Math.exp(0.3 * swingRandom.normal())));

  const ministries = PORTFOLIOS.slice(0, ministryCount).map((portfolio, index) => ({
    key: `gen-office-minister-${index}`,
    name: `Secretary of State for ${titleCase(portfolio)}`,
    portfolio,
  }));

  const skeleton: Skeleton = {
    seed,
    entities,
    nations,
    regions,
    constituencies,
    parties,
    partyWeights,
    branches,
    ministries,
    primeMinisterOffice: 'gen-office-prime-minister',
    firstMinisterOffices: DEVOLVED_NATIONS.map((nation) => `gen-office-first-minister-${nation}`),
    swing,
    regionalStrength,
  };
  const entityRows = fixedEntities(skeleton);
  const personCount = entities - entityRows.length;
  if (personCount < entities * 0.5) {
    throw new Error(`${entities} entities are too few for the generated structure; use at least 2,000`);
  }
  const people = planPeople(streamFor(seed, 'people'), personCount, parties, partyWeights);
  for (const [index, party] of parties.entries()) {
    party.leaders = assignLeaders(chains, people, index, partyTenures[index]!);
  }
  for (const [index, branch] of branches.entries()) {
    branch.leaders = assignLeaders(chains, people, branch.party, branchTenures[index]!);
  }
  const plan: Plan = { ...skeleton, people, fixedEntities: entityRows, localCandidates: 0 };
  plan.localCandidates = localCandidatesFor(plan);
  return plan;
}

/** Keys of people; the index is the person's position in the People arrays. */
export function personKey(index: number): string {
  return `gen-person-${index}`;
}

/** A person's name, recomputable from the seed and index alone (reports name people long after planning). */
export function personName(seed: number, index: number): { name: string; surname: string; initial: string } {
  const random = streamFor(seed, 'person-name', index);
  const first = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const middle = random.chance(0.12) ? ` ${String.fromCharCode(65 + random.int(0, 25))}.` : '';
  return { name: `${first}${middle} ${surname}`, surname, initial: first.charAt(0) };
}

/** The party a person belongs to in a given year, or -1. */
export function partyAt(people: People, person: number, year: number): number {
  if (year < people.joined[person]!) return -1;
  if (people.laterParty[person]! >= 0 && year >= people.defected[person]!) return people.laterParty[person]!;
  if (people.left[person]! > 0 && year >= people.left[person]!) return -1;
  return people.party[person]!;
}

/**
 * A member of `party` in `year`, of an age to stand (21 to 85), not in `excluded`; -1 when a few
 * dozen draws find no one (a small party in its early years).
 */
export function memberOf(
  people: People,
  random: Random,
  party: number,
  year: number,
  excluded?: Set<number>,
  also?: number,
): number {
  const members = people.members[party]!;
  if (members.length === 0) return -1;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const person = members[random.int(0, members.length - 1)]!;
    const age = year - people.birth[person]!;
    if (age < 21 || age > 85 || excluded?.has(person)) continue;
    if (partyAt(people, person, year) !== party) continue;
    if (also !== undefined && partyAt(people, person, also) !== party) continue;
    return person;
  }
  return -1;
}

function planPeople(random: Random, count: number, parties: Party[], weights: number[]): People {
  const cumulative = cumulativeOf(weights);
  const people: People = {
    count,
    birth: new Int16Array(count),
    joined: new Int16Array(count),
    joinedMonth: new Int8Array(count),
    party: new Int16Array(count),
    laterParty: new Int16Array(count).fill(-1),
    defected: new Int16Array(count),
    left: new Int16Array(count),
    members: [],
  };
  const memberCounts = new Int32Array(parties.length);
  for (let person = 0; person < count; person += 1) {
    const birth = random.int(1920, 2000);
    const party = random.weighted(cumulative);
    const joined = Math.min(2023, Math.max(birth + 18 + random.int(0, 25), 1945, parties[party]!.founded));
    people.birth[person] = birth;
    people.party[person] = party;
    people.joined[person] = joined;
    people.joinedMonth[person] = random.chance(0.3) ? random.int(1, 12) : 0;
    memberCounts[party]! += 1;
    if (random.chance(0.15)) {
      const later = random.weighted(cumulative);
      const defected = Math.max(joined + random.int(2, 25), parties[later]!.founded);
      if (later !== party && defected <= 2024) {
        people.laterParty[person] = later;
        people.defected[person] = defected;
        memberCounts[later]! += 1;
      }
    } else if (random.chance(0.1)) {
      const left = joined + random.int(2, 30);
      if (left <= 2024) people.left[person] = left;
    }
  }
  people.members = Array.from(memberCounts, (size) => new Int32Array(size));
  const filled = new Int32Array(parties.length);
  for (let person = 0; person < count; person += 1) {
    for (const party of [people.party[person]!, people.laterParty[person]!]) {
      if (party >= 0) people.members[party]![filled[party]!++] = person;
    }
  }
  return people;
}

/**
 * The dates of a party's (or branch's) successive leaderships, from its founding to HISTORY_ENDS:
 * each one's end is the next one's start, the same date at the same precision.
 */
function tenureDates(random: Random, founded: number): { from: PartialDate; to: PartialDate | null }[] {
  const tenures: { from: PartialDate; to: PartialDate | null }[] = [];
  let from: PartialDate = day(isoDate(Math.max(founded, 1946), random.int(1, 12), random.int(1, 28)));
  if (yearOf(from.date) < 1975 && random.chance(0.4)) from = month(from.date);
  for (;;) {
    const end = addDays(from.date, random.int(500, 4000));
    if (end >= HISTORY_ENDS) {
      tenures.push({ from, to: null });
      return tenures;
    }
    const to = yearOf(end) < 1975 && random.chance(0.4) ? month(end) : day(end);
    tenures.push({ from, to });
    from = to;
  }
}

/** Who led: a member for the whole tenure if one can be found, else a member when it began. */
function assignLeaders(
  random: Random,
  people: People,
  party: number,
  dates: { from: PartialDate; to: PartialDate | null }[],
): Tenure[] {
  return dates.map(({ from, to }) => {
    const start = yearOf(from.date);
    const end = Math.min(2024, to ? yearOf(to.date) : 2024);
    let person = memberOf(people, random, party, start, undefined, end);
    if (person < 0) person = memberOf(people, random, party, start);
    if (person < 0) person = people.members[party]![random.int(0, people.members[party]!.length - 1)]!;
    return { person, from, to };
  });
}

function fixedEntities(plan: Skeleton): GeneratedEntity[] {
  const rows: GeneratedEntity[] = [];
  const add = (row: Omit<GeneratedEntity, 'aliases' | 'date'> & Partial<Pick<GeneratedEntity, 'aliases' | 'date'>>) =>
    rows.push({ aliases: [], date: null, ...row });

  add({ key: 'gen-country', kind: 'PLACE', name: COUNTRY_NAME, subKind: 'COUNTRY', description: 'Generated country of four nations.', aliases: ['the Isles'] });
  for (const nation of plan.nations) {
    add({ key: nation.key, kind: 'PLACE', name: nation.name, subKind: 'NATION', description: `Generated nation of the ${COUNTRY_NAME}.` });
  }
  for (const region of plan.regions) {
    add({ key: region.key, kind: 'PLACE', name: region.name, subKind: 'REGION', description: `Generated region of ${plan.nations[region.nation]!.name}.` });
  }
  for (const constituency of plan.constituencies) {
    const region = plan.regions[constituency.region]!;
    add({ key: constituency.key, kind: 'PLACE', name: constituency.name, subKind: 'CONSTITUENCY', description: `Generated parliamentary constituency in ${region.name}.` });
  }
  for (const party of plan.parties) {
    add({ key: party.key, kind: 'ORGANIZATION', name: party.name, subKind: 'PARTY', aliases: [partyAbbreviation(party.name)], description: `Generated political party founded in ${party.founded}.` });
  }
  for (const branch of plan.branches) {
    add({ key: branch.key, kind: 'ORGANIZATION', name: branch.name, subKind: 'PARTY', description: `Generated: the ${plan.parties[branch.party]!.name} in ${plan.nations[branch.nation]!.name}.` });
  }
  for (const party of plan.parties) {
    add({ key: party.leaderOffice, kind: 'OFFICE', name: `Leader of the ${party.name}`, subKind: null, description: 'Generated party leadership.' });
  }
  for (const branch of plan.branches) {
    add({ key: branch.leaderOffice, kind: 'OFFICE', name: `Leader of the ${branch.name}`, subKind: null, description: 'Generated party leadership in a nation.' });
  }
  add({ key: plan.primeMinisterOffice, kind: 'OFFICE', name: `Prime Minister of the ${COUNTRY_NAME}`, subKind: null, aliases: ['Prime Minister'], description: 'Generated head of government.' });
  for (const ministry of plan.ministries) {
    add({ key: ministry.key, kind: 'OFFICE', name: ministry.name, subKind: null, description: 'Generated ministerial office.' });
  }
  for (const [index, nation] of DEVOLVED_NATIONS.entries()) {
    add({ key: plan.firstMinisterOffices[index]!, kind: 'OFFICE', name: `First Minister of ${plan.nations[nation]!.name}`, subKind: null, description: 'Generated devolved head of government.' });
  }
  for (const constituency of plan.constituencies) {
    add({ key: constituency.seat, kind: 'OFFICE', name: constituency.seatName, subKind: null, aliases: [`MP for ${constituency.name}`], description: 'Generated parliamentary seat.' });
  }
  for (const date of GENERAL_ELECTIONS) {
    add({ key: `gen-election-general-${yearOf(date)}`, kind: 'ELECTION', name: `${yearOf(date)} general election`, subKind: 'GENERAL', date, description: `Generated general election in the ${COUNTRY_NAME}.` });
  }
  for (const [index, constituency] of plan.constituencies.entries()) {
    for (const date of GENERAL_ELECTIONS) {
      add({ key: contestKey(yearOf(date), index), kind: 'ELECTION', name: `${yearOf(date)} general election in ${constituency.name}`, subKind: 'GENERAL', date, aliases: [`${constituency.name} ${yearOf(date)}`], description: 'Generated constituency contest of a general election.' });
    }
    const by = constituency.byElection;
    if (by) add({ key: by.key, kind: 'ELECTION', name: by.name, subKind: 'BY_ELECTION', date: by.date, description: 'Generated by-election.' });
  }
  for (const nation of DEVOLVED_NATIONS) {
    for (const date of DEVOLVED_ELECTIONS) {
      add({ key: devolvedKey(nation, date), kind: 'ELECTION', name: `${yearOf(date)} ${plan.nations[nation]!.name} Parliament election`, subKind: 'DEVOLVED', date, description: 'Generated devolved election.' });
    }
  }
  for (const [index, region] of plan.regions.entries()) {
    for (const date of LOCAL_ELECTIONS) {
      add({ key: localKey(index, date), kind: 'ELECTION', name: `${yearOf(date)} ${region.name} council election`, subKind: 'LOCAL', date, description: 'Generated local election.' });
    }
  }
  for (const referendum of REFERENDUMS) {
    add({ key: referendum.key, kind: 'ELECTION', name: referendum.name, subKind: 'REFERENDUM', date: referendum.date, description: 'Generated referendum.' });
  }
  for (const party of plan.parties) {
    for (const election of party.leadershipElections) {
      add({ key: election.key, kind: 'ELECTION', name: election.name, subKind: 'LEADERSHIP', date: election.date, description: 'Generated party leadership election.' });
    }
  }
  return rows;
}

export function contestKey(year: number, constituency: number): string {
  return `gen-election-general-${year}-${constituency}`;
}

export function devolvedKey(nation: number, date: string): string {
  return `gen-election-devolved-${nation}-${yearOf(date)}`;
}

export function localKey(region: number, date: string): string {
  return `gen-election-local-${region}-${yearOf(date)}`;
}

function localCandidatesFor(plan: Plan): number {
  const contests = plan.constituencies.length * GENERAL_ELECTIONS.length + plan.constituencies.filter((c) => c.byElection).length;
  const leaders = plan.parties.reduce((sum, party) => sum + party.leaders.length, 0);
  const estimate =
    contests * 9.5 +
    plan.people.count * 1.15 +
    leaders * 8 +
    plan.ministries.length * 30 +
    DEVOLVED_NATIONS.length * DEVOLVED_ELECTIONS.length * 40 +
    plan.constituencies.length +
    plan.regions.length * 10;
  const localElections = plan.regions.length * LOCAL_ELECTIONS.length;
  return Math.max(12, Math.round((3 * plan.entities - estimate) / localElections));
}

function titleCase(text: string): string {
  return text.replace(/\b([a-z])([a-z]*)/g, (_, first: string, rest: string) =>
    ['and', 'of'].includes(first + rest) ? first + rest : first.toUpperCase() + rest,
  );
}
