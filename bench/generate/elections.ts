import type { PartialDate } from '../../src/model/relation.js';
import type { Fact, Story } from './articles.js';
import { addDays, day, spoken, yearOf } from './dates.js';
import { COUNTRY_NAME } from './names.js';
import {
  DEVOLVED_ELECTIONS,
  DEVOLVED_NATIONS,
  DEVOLVED_SEATS,
  GENERAL_ELECTIONS,
  HISTORY_ENDS,
  LOCAL_ELECTIONS,
  REFERENDUMS,
  contestKey,
  devolvedKey,
  localKey,
  memberOf,
  partyAt,
  personKey,
  type Plan,
} from './plan.js';
import { cumulativeOf, streamFor, type Random } from './random.js';
import { fact, formatCount, percent, share, successionStories, type Context, type Succession } from './relations.js';

/** Stories about elections: constituency results, national results, governments, councils, referendums. */

/** What the constituency contests decide for the national stories that follow them. */
export interface GeneralElectionResults {
  seats: Int32Array[];
  votes: Float64Array[];
  candidates: Int32Array[];
  /** Per general election, per constituency: the winner and their party. */
  winners: Int32Array[];
  winnerParties: Int16Array[];
}

export function emptyResults(plan: Plan): GeneralElectionResults {
  const parties = plan.parties.length;
  const seats = plan.constituencies.length;
  return {
    seats: GENERAL_ELECTIONS.map(() => new Int32Array(parties)),
    votes: GENERAL_ELECTIONS.map(() => new Float64Array(parties)),
    candidates: GENERAL_ELECTIONS.map(() => new Int32Array(parties)),
    winners: GENERAL_ELECTIONS.map(() => new Int32Array(seats).fill(-1)),
    winnerParties: GENERAL_ELECTIONS.map(() => new Int16Array(seats).fill(-1)),
  };
}

interface Candidate {
  person: number;
  party: number;
  score: number;
  votes: number;
}

/** Whether a party stands in a nation, and how strongly, before the contest's own luck. */
function standingStrength(plan: Plan, random: Random, party: number, nation: number): number {
  const { home } = plan.parties[party]!;
  const weight = Math.sqrt(plan.partyWeights[party]!);
  if (party < 3) return weight;
  if (home >= 0) return home === nation && random.chance(0.95) ? weight * 4 : 0;
  return random.chance(Math.min(0.9, (3 * plan.partyWeights[party]!) / plan.partyWeights[0]!)) ? weight : 0;
}

/**
 * Every contest in every constituency, general elections and by-elections in date order, with the
 * seat passing from holder to holder: a change of MP closes the old holder's HOLDS_OFFICE at the
 * polling day and opens the winner's, and the winner SUCCEEDED the old holder in the seat.
 */
export function* constituencyStories(context: Context, results: GeneralElectionResults): Generator<Story> {
  const { plan, relations, name } = context;
  const { people, parties } = plan;
  // Nobody stands in two constituencies at one general election.
  const standing = GENERAL_ELECTIONS.map(() => new Set<number>());
  for (const [index, constituency] of plan.constituencies.entries()) {
    const random = streamFor(plan.seed, 'contest', index);
    const region = plan.regions[constituency.region]!;
    const schedule: { key: string; name: string; date: string; general: number }[] = [];
    for (const [general, date] of GENERAL_ELECTIONS.entries()) {
      schedule.push({ key: contestKey(yearOf(date), index), name: `${yearOf(date)} general election in ${constituency.name}`, date, general });
      const by = constituency.byElection;
      if (by?.gap === general) schedule.push({ key: by.key, name: by.name, date: by.date, general: -1 });
    }
    let holder: { person: number; party: number; from: PartialDate } | null = null;

    for (const [position, contest] of schedule.entries()) {
      const byElection = contest.general < 0;
      const year = yearOf(contest.date);
      const excluded = byElection ? new Set(holder ? [holder.person] : []) : standing[contest.general]!;
      const candidates: Candidate[] = [];
      for (let party = 0; party < parties.length; party += 1) {
        let score = standingStrength(plan, random, party, region.nation);
        if (score === 0) continue;
        score *= plan.regionalStrength[constituency.region]![party]! * Math.exp(0.35 * random.normal());
        if (!byElection) score *= plan.swing[contest.general]![party]!;
        let person = -1;
        if (!byElection && holder?.party === party && partyAt(people, holder.person, year) === party && random.chance(0.7)) {
          person = holder.person;
          score *= 1.25;
        } else {
          person = memberOf(people, random, party, year, excluded);
        }
        if (person < 0) continue;
        excluded.add(person);
        candidates.push({ person, party, score, votes: 0 });
      }
      const electorate = constituency.electorate + random.int(-3000, 3000);
      const turnout = Math.round((byElection ? random.between(0.3, 0.5) : random.between(0.55, 0.78)) * 1000) / 1000;
      const ballots = Math.round(electorate * turnout);
      const totalScore = candidates.reduce((sum, candidate) => sum + candidate.score, 0);
      for (const candidate of candidates) candidate.votes = Math.round((ballots * candidate.score) / totalScore);
      candidates.sort((a, b) => b.votes - a.votes || a.party - b.party);

      const facts: Fact[] = [
        fact(relations.make('HELD_IN', contest.key, constituency.key), `the ${contest.name} was held in ${constituency.name}`,
          `voters in ${constituency.name} went to the polls in the ${contest.name}`),
        fact(relations.make('VOTED_IN', constituency.key, contest.key, { qualifiers: { turnout, electorate, votes: ballots } }),
          `turnout in ${constituency.name} was ${percent(turnout)}% of ${formatCount(electorate)} registered voters`,
          `${formatCount(ballots)} of ${constituency.name}'s ${formatCount(electorate)} voters cast a ballot`),
      ];
      for (const [rank, candidate] of candidates.entries()) {
        const who = name(candidate.person);
        const partyName = parties[candidate.party]!.name;
        const fraction = share(candidate.votes, ballots);
        facts.push(fact(relations.make('CANDIDATE_IN', personKey(candidate.person), contest.key, {
          context: parties[candidate.party]!.key, qualifiers: { votes: candidate.votes, share: fraction, elected: rank === 0 } }),
          `${who} (${partyName}) ${formatCount(candidate.votes)} votes (${percent(fraction)}%)`,
          `${who} of the ${partyName} polled ${formatCount(candidate.votes)} votes`));
        if (!byElection) {
          results.candidates[contest.general]![candidate.party]! += 1;
          results.votes[contest.general]![candidate.party]! += candidate.votes;
        }
      }
      const winner = candidates[0];
      const runnerUp = candidates[1];
      if (winner) {
        const who = name(winner.person);
        const partyName = parties[winner.party]!.name;
        const majority = winner.votes - (runnerUp?.votes ?? 0);
        facts.push(fact(relations.make('WON', personKey(winner.person), contest.key, { context: parties[winner.party]!.key,
          qualifiers: { votes: winner.votes, share: share(winner.votes, ballots), note: `majority ${formatCount(majority)}` } }),
          `${who} won ${constituency.name} for the ${partyName} with a majority of ${formatCount(majority)}`,
          `${who} took the seat for the ${partyName}`));
        if (runnerUp) {
          facts.push(fact(relations.make('LOST', personKey(runnerUp.person), contest.key, { context: parties[runnerUp.party]!.key,
            qualifiers: { votes: runnerUp.votes, share: share(runnerUp.votes, ballots) } }),
            `${name(runnerUp.person)} of the ${parties[runnerUp.party]!.name} finished second, ${formatCount(majority)} votes behind`,
            `${name(runnerUp.person)} lost out in ${constituency.name}`));
        }
        if (holder && holder.person !== winner.person) {
          facts.push(...seatHolding(context, constituency, holder, day(contest.date)));
          facts.push(fact(relations.make('SUCCEEDED', personKey(winner.person), personKey(holder.person), {
            context: constituency.seat, validFrom: day(contest.date) }),
            `${who} succeeds ${name(holder.person)} as ${constituency.seatName}`,
            `${who} replaces ${name(holder.person)} as MP for ${constituency.name}`));
        }
        if (!holder || holder.person !== winner.person) holder = { person: winner.person, party: winner.party, from: day(contest.date) };
        if (!byElection) {
          results.seats[contest.general]![winner.party]! += 1;
          results.winners[contest.general]![index] = winner.person;
          results.winnerParties[contest.general]![index] = winner.party;
        }
      }
      if (position === schedule.length - 1 && holder) facts.push(...seatHolding(context, constituency, holder, null));
      const title = winner ? `${name(winner.person)} wins ${constituency.name} for the ${parties[winner.party]!.name}` : `${contest.name}: no result`;
      yield { date: addDays(contest.date, 1), title, dateline: constituency.name, intro: `Results have been declared in the ${contest.name}.`, facts };
    }
  }
}

function seatHolding(
  context: Context,
  constituency: Plan['constituencies'][number],
  holder: { person: number; party: number; from: PartialDate },
  to: PartialDate | null,
): Fact[] {
  const who = context.name(holder.person);
  const relation = context.relations.make('HOLDS_OFFICE', personKey(holder.person), constituency.seat, {
    context: context.plan.parties[holder.party]!.key, validFrom: holder.from, validTo: to });
  return [to
    ? fact(relation, `${who} had been the ${constituency.seatName} since ${spoken(holder.from)}`,
      `${who}, MP for ${constituency.name} from ${yearOf(holder.from.date)} to ${yearOf(to.date)}`)
    : fact(relation, `${who} has represented ${constituency.name} since ${spoken(holder.from)}`,
      `${who}, the ${constituency.seatName} since ${yearOf(holder.from.date)}`)];
}

/** Which party governed the country from each general election, as runs of the same party. */
export function governments(results: GeneralElectionResults): { party: number; from: string; to: string | null }[] {
  const runs: { party: number; from: string; to: string | null }[] = [];
  for (const [general, date] of GENERAL_ELECTIONS.entries()) {
    const seats = results.seats[general]!;
    const party = seats.indexOf(Math.max(...seats));
    const current = runs[runs.length - 1];
    if (current?.party === party) continue;
    if (current) current.to = date;
    runs.push({ party, from: date, to: null });
  }
  return runs;
}

/** National results of each general election, the governing party, prime ministers and ministers. */
export function* nationalStories(context: Context, results: GeneralElectionResults): Generator<Story> {
  const { plan, relations } = context;
  const runs = governments(results);
  for (const [general, date] of GENERAL_ELECTIONS.entries()) {
    const election = `gen-election-general-${yearOf(date)}`;
    const electionName = `${yearOf(date)} general election`;
    const totalVotes = results.votes[general]!.reduce((sum, votes) => sum + votes, 0);
    const ranked = plan.parties
      .map((party, index) => ({ party, index, seats: results.seats[general]![index]!, votes: results.votes[general]![index]! }))
      .filter((entry) => results.candidates[general]![entry.index]! > 0)
      .sort((a, b) => b.seats - a.seats || b.votes - a.votes || a.index - b.index);
    const facts: Fact[] = [
      fact(relations.make('HELD_IN', election, 'gen-country'), `the ${electionName} was held across the ${COUNTRY_NAME}`,
        `voters across the ${COUNTRY_NAME} took part in the ${electionName}`),
    ];
    for (const entry of ranked) {
      const fraction = share(entry.votes, totalVotes);
      const votes = Math.round(entry.votes);
      facts.push(fact(relations.make('CONTESTED', entry.party.key, election, { qualifiers: { seats: entry.seats, votes, share: fraction } }),
        `the ${entry.party.name} won ${entry.seats} seats with ${percent(fraction)}% of the vote`,
        `the ${entry.party.name} took ${formatCount(votes)} votes and ${entry.seats} seats`));
    }
    const [first, second] = ranked;
    if (first) {
      facts.push(fact(relations.make('WON', first.party.key, election, { qualifiers: { seats: first.seats, share: share(first.votes, totalVotes) } }),
        `the ${first.party.name} won the ${electionName}`, `victory in the ${electionName} went to the ${first.party.name}`));
    }
    if (second) {
      facts.push(fact(relations.make('LOST', second.party.key, election, { qualifiers: { seats: second.seats, share: share(second.votes, totalVotes) } }),
        `the ${second.party.name} lost the ${electionName}`, `the ${second.party.name} was defeated in the ${electionName}`));
    }
    for (const run of runs) {
      const ends = run.to === date;
      const current = run.from <= date && run.to === null && general === GENERAL_ELECTIONS.length - 1;
      if (!ends && !current) continue;
      const party = plan.parties[run.party]!;
      const governs = relations.make('GOVERNS', party.key, 'gen-country', { validFrom: day(run.from), validTo: run.to ? day(run.to) : null });
      facts.push(run.to
        ? fact(governs, `the ${party.name} governed the ${COUNTRY_NAME} from ${spoken(day(run.from))} to ${spoken(day(run.to))}`,
          `the ${party.name} government, in office from ${yearOf(run.from)} to ${yearOf(run.to)}`)
        : fact(governs, `the ${party.name} has governed the ${COUNTRY_NAME} since ${spoken(day(run.from))}`,
          `the ${party.name} government, in office since ${yearOf(run.from)}`));
    }
    yield { date: addDays(date, 1), title: first ? `${first.party.name} wins the ${electionName}` : electionName,
      dateline: COUNTRY_NAME, intro: `The results of the ${electionName} are in.`, facts };
  }

  // The prime minister is the governing party's leader; a new leader or a new party makes a new one.
  const primeMinisters: Succession[] = [];
  for (const run of runs) {
    const party = plan.parties[run.party]!;
    for (const leader of party.leaders) {
      const from = leader.from.date > run.from ? leader.from : day(run.from);
      const leaderEnds = leader.to?.date ?? HISTORY_ENDS;
      const runEnds = run.to ?? HISTORY_ENDS;
      if (from.date >= leaderEnds || from.date >= runEnds) continue;
      const to = leaderEnds < runEnds ? leader.to : run.to ? day(run.to) : null;
      const previous = primeMinisters[primeMinisters.length - 1];
      if (previous && previous.person === leader.person && previous.to?.date === from.date) previous.to = to;
      else primeMinisters.push({ person: leader.person, from, to, context: party.key });
    }
  }
  yield* successionStories(context, {
    office: { key: plan.primeMinisterOffice, name: `Prime Minister of the ${COUNTRY_NAME}` },
    successions: primeMinisters,
    dateline: COUNTRY_NAME,
  });

  for (const [index, ministry] of plan.ministries.entries()) {
    const random = streamFor(plan.seed, 'ministry', index);
    const holders: Succession[] = [];
    let from = GENERAL_ELECTIONS[0]!;
    while (from < HISTORY_ENDS) {
      const general = GENERAL_ELECTIONS.findLastIndex((date) => date <= from);
      const run = runs.find((candidate) => candidate.from <= from && (candidate.to === null || from < candidate.to))!;
      let end = addDays(from, random.int(300, 1600));
      if (run.to && end > run.to) end = run.to;
      const person = minister(plan, results, random, general, run.party, yearOf(from));
      const to = end < HISTORY_ENDS ? end : null;
      if (person >= 0) holders.push({ person, from: day(from), to: to ? day(to) : null, context: plan.parties[run.party]!.key });
      if (!to) break;
      from = to;
    }
    yield* successionStories(context, { office: ministry, successions: holders, dateline: COUNTRY_NAME });
  }
}

/** A governing-party MP from the last general election; failing that, any member of the party. */
function minister(plan: Plan, results: GeneralElectionResults, random: Random, general: number, party: number, year: number): number {
  const winners = results.winners[general]!;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const seat = random.int(0, winners.length - 1);
    const person = winners[seat]!;
    if (results.winnerParties[general]![seat] === party && person >= 0 && partyAt(plan.people, person, year) === party) return person;
  }
  return memberOf(plan.people, random, party, year);
}

/** Devolved parliaments: party results, list members elected, the governing party, first ministers. */
export function* devolvedStories(context: Context): Generator<Story> {
  const { plan, relations, name } = context;
  const listSize = 4 + Math.round(plan.entities / 25_000);
  const electorates = [0, 4_100_000, 2_300_000, 1_300_000];
  for (const [position, nation] of DEVOLVED_NATIONS.entries()) {
    const random = streamFor(plan.seed, 'devolved', nation);
    const place = plan.nations[nation]!;
    const firstMinisters: Succession[] = [];
    let governing = null as { party: number; from: string } | null;
    for (const date of DEVOLVED_ELECTIONS) {
      const election = devolvedKey(nation, date);
      const electionName = `${yearOf(date)} ${place.name} Parliament election`;
      const year = yearOf(date);
      const scores = plan.parties.map((_, party) => standingStrength(plan, random, party, nation) * Math.exp(0.35 * random.normal()));
      const electorate = electorates[nation]! + random.int(-50_000, 50_000);
      const turnout = Math.round(random.between(0.45, 0.65) * 1000) / 1000;
      const ballots = Math.round(electorate * turnout);
      const totalScore = scores.reduce((sum, score) => sum + score, 0);
      const votes = scores.map((score) => Math.round((ballots * score) / totalScore));
      const seats = largestRemainder(votes, DEVOLVED_SEATS[nation]!);
      const facts: Fact[] = [
        fact(relations.make('HELD_IN', election, place.key), `the ${electionName} was held in ${place.name}`,
          `${place.name} went to the polls in the ${electionName}`),
        fact(relations.make('VOTED_IN', place.key, election, { qualifiers: { turnout, electorate, votes: ballots } }),
          `turnout in ${place.name} was ${percent(turnout)}%`, `${formatCount(ballots)} people voted in ${place.name}`),
      ];
      const ranked = plan.parties.map((party, index) => ({ party, index })).filter(({ index }) => votes[index]! > 0)
        .sort((a, b) => seats[b.index]! - seats[a.index]! || votes[b.index]! - votes[a.index]! || a.index - b.index);
      const elected = new Map<number, number[]>();
      for (const { party, index } of ranked) {
        const fraction = share(votes[index]!, ballots);
        facts.push(fact(relations.make('CONTESTED', party.key, election, { qualifiers: { seats: seats[index]!, votes: votes[index]!, share: fraction } }),
          `the ${party.name} won ${seats[index]} seats with ${percent(fraction)}% of the vote`,
          `the ${party.name} took ${seats[index]} seats in ${place.name}`));
        const excluded = new Set<number>();
        const list: number[] = [];
        for (let rank = 0; rank < Math.min(listSize, seats[index]! + 1); rank += 1) {
          const person = memberOf(plan.people, random, index, year, excluded);
          if (person < 0) break;
          excluded.add(person);
          list.push(person);
          const isElected = rank < seats[index]!;
          facts.push(fact(relations.make('CANDIDATE_IN', personKey(person), election, { context: party.key, qualifiers: { elected: isElected } }),
            `${name(person)} was ${isElected ? 'elected' : 'not elected'} on the ${party.name} list`,
            `${name(person)} (${party.name}) ${isElected ? 'won a list seat' : 'missed out on a list seat'}`));
        }
        elected.set(index, list.slice(0, seats[index]!));
      }
      const [first, second] = ranked;
      if (first) {
        facts.push(fact(relations.make('WON', first.party.key, election, { qualifiers: { seats: seats[first.index]!, share: share(votes[first.index]!, ballots) } }),
          `the ${first.party.name} won the ${electionName}`, `the ${first.party.name} emerged as the largest party in ${place.name}`));
      }
      if (second) {
        facts.push(fact(relations.make('LOST', second.party.key, election, { qualifiers: { seats: seats[second.index]!, share: share(votes[second.index]!, ballots) } }),
          `the ${second.party.name} lost the ${electionName}`, `the ${second.party.name} came second in ${place.name}`));
      }
      if (first && governing?.party !== first.index) {
        if (governing) facts.push(governsFact(context, governing.party, place, governing.from, date));
        governing = { party: first.index, from: date };
      }
      if (date === DEVOLVED_ELECTIONS[DEVOLVED_ELECTIONS.length - 1] && governing) {
        facts.push(governsFact(context, governing.party, place, governing.from, null));
      }
      // A new governing party, or a first minister stepping down after a term or two, brings a new one.
      const current = firstMinisters[firstMinisters.length - 1];
      const party = governing?.party ?? -1;
      const keeps = current && current.context === plan.parties[party]?.key && !random.chance(0.4) && partyAt(plan.people, current.person, year) === party;
      if (party >= 0 && !keeps) {
        const person = elected.get(party)?.[0] ?? memberOf(plan.people, random, party, year);
        if (person >= 0) {
          if (current) current.to = day(date);
          firstMinisters.push({ person, from: day(date), to: null, context: plan.parties[party]!.key });
        }
      }
      yield { date: addDays(date, 2), title: first ? `${first.party.name} wins the ${electionName}` : electionName,
        dateline: place.name, intro: `The results of the ${electionName} are in.`, facts };
    }
    yield* successionStories(context, {
      office: { key: plan.firstMinisterOffices[position]!, name: `First Minister of ${place.name}` },
      successions: firstMinisters,
      dateline: place.name,
    });
  }
}

function governsFact(context: Context, party: number, place: { key: string; name: string }, from: string, to: string | null): Fact {
  const { name: partyName, key } = context.plan.parties[party]!;
  const relation = context.relations.make('GOVERNS', key, place.key, { validFrom: day(from), validTo: to ? day(to) : null });
  return to
    ? fact(relation, `the ${partyName} governed ${place.name} from ${spoken(day(from))} to ${spoken(day(to))}`,
      `the ${partyName} ran ${place.name} between ${yearOf(from)} and ${yearOf(to)}`)
    : fact(relation, `the ${partyName} has governed ${place.name} since ${spoken(day(from))}`,
      `the ${partyName}, in charge of ${place.name} since ${yearOf(from)}`);
}

function largestRemainder(votes: number[], seats: number): number[] {
  const total = votes.reduce((sum, value) => sum + value, 0);
  const quotas = votes.map((value) => (total > 0 ? (value * seats) / total : 0));
  const result = quotas.map(Math.floor);
  const order = quotas.map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let given = result.reduce((sum, value) => sum + value, 0), next = 0; given < seats; given += 1, next += 1) {
    result[order[next % order.length]!.index]! += 1;
  }
  return result;
}

/**
 * Council elections in every region: hundreds of candidates each (the graph's long tail of
 * people), the top vote-getters elected, and the party with most councillors running the region.
 */
export function* localStories(context: Context): Generator<Story> {
  const { plan, relations, name } = context;
  const candidatesPerElection = plan.localCandidates;
  const seats = Math.max(3, Math.round(candidatesPerElection / 3.5));
  const control: ({ party: number; from: string } | null)[] = plan.regions.map(() => null);
  for (const date of LOCAL_ELECTIONS) {
    const year = yearOf(date);
    const standing = new Set<number>();
    for (const [index, region] of plan.regions.entries()) {
      const random = streamFor(plan.seed, 'local', index * 100 + LOCAL_ELECTIONS.indexOf(date));
      const election = localKey(index, date);
      const electionName = `${yearOf(date)} ${region.name} council election`;
      const strengths = plan.parties.map((_, party) => standingStrength(plan, random, party, region.nation) * plan.regionalStrength[index]![party]!);
      const cumulative = cumulativeOf(strengths);
      const candidates: Candidate[] = [];
      for (let count = 0; count < candidatesPerElection; count += 1) {
        const party = random.weighted(cumulative);
        const person = memberOf(plan.people, random, party, year, standing);
        if (person < 0) continue;
        standing.add(person);
        const votes = Math.round(random.int(300, 2500) * plan.regionalStrength[index]![party]! * Math.exp(0.3 * random.normal()));
        candidates.push({ person, party, score: 0, votes });
      }
      candidates.sort((a, b) => b.votes - a.votes || a.person - b.person);
      const turnout = Math.round(random.between(0.25, 0.45) * 1000) / 1000;
      const facts: Fact[] = [
        fact(relations.make('HELD_IN', election, region.key), `the ${electionName} was held across ${region.name}`,
          `${region.name} elected its council in the ${electionName}`),
        fact(relations.make('VOTED_IN', region.key, election, { qualifiers: { turnout } }),
          `turnout across ${region.name} was ${percent(turnout)}%`, `${percent(turnout)}% of ${region.name}'s voters took part`),
      ];
      const councillors = new Int32Array(plan.parties.length);
      for (const [rank, candidate] of candidates.entries()) {
        const isElected = rank < seats;
        if (isElected) councillors[candidate.party]! += 1;
        const partyName = plan.parties[candidate.party]!.name;
        facts.push(fact(relations.make('CANDIDATE_IN', personKey(candidate.person), election, {
          context: plan.parties[candidate.party]!.key, qualifiers: { votes: candidate.votes, elected: isElected } }),
          `${name(candidate.person)} (${partyName}) ${formatCount(candidate.votes)} votes${isElected ? ', elected' : ''}`,
          `${name(candidate.person)} of the ${partyName} ${isElected ? 'won a seat on' : 'stood for'} the council`));
      }
      const largest = councillors.indexOf(Math.max(...councillors));
      const current = control[index];
      if (current?.party !== largest) {
        if (current) facts.push(governsFact(context, current.party, region, current.from, date));
        control[index] = { party: largest, from: date };
      }
      if (date === LOCAL_ELECTIONS[LOCAL_ELECTIONS.length - 1]) facts.push(governsFact(context, control[index]!.party, region, control[index]!.from, null));
      yield { date: addDays(date, 1), title: `${region.name} council election results, ${year}`, dateline: region.name,
        intro: `Counting has finished in the ${electionName}.`, facts };
    }
  }
}

/** How each nation and region voted in the referendums, option by option. */
export function* referendumStories(context: Context): Generator<Story> {
  const { plan, relations } = context;
  for (const [index, referendum] of REFERENDUMS.entries()) {
    const random = streamFor(plan.seed, 'referendum', index);
    const where = referendum.nations.length === 1 ? plan.nations[referendum.nations[0]!]! : { key: 'gen-country', name: COUNTRY_NAME };
    const [first, second] = referendum.options;
    const voted = (place: { key: string; name: string }, lean: number): Fact[] => {
      const ballots = random.int(200_000, 2_000_000);
      const firstShare = Math.round(Math.min(0.8, Math.max(0.2, lean + 0.08 * random.normal())) * 1000) / 1000;
      return ([[first, firstShare], [second, Math.round((1 - firstShare) * 1000) / 1000]] as const).map(([option, fraction]) =>
        fact(relations.make('VOTED_IN', place.key, referendum.key, { qualifiers: { option, share: fraction, votes: Math.round(ballots * fraction) } }),
          `${percent(fraction)}% of voters in ${place.name} chose ${option} in the ${referendum.name}`,
          `${place.name}: ${option} ${formatCount(Math.round(ballots * fraction))} (${percent(fraction)}%)`));
    };
    const facts: Fact[] = [
      fact(relations.make('HELD_IN', referendum.key, where.key), `the ${referendum.name} was held in ${where.name}`,
        `voters in ${where.name} were asked to decide in the ${referendum.name}`),
    ];
    if (referendum.nations.length > 1) facts.push(...voted(where, 0.52));
    for (const nation of referendum.nations) {
      const lean = random.between(0.38, 0.58);
      facts.push(...voted(plan.nations[nation]!, lean));
      for (const region of plan.regions.filter((candidate) => candidate.nation === nation)) facts.push(...voted(region, lean));
    }
    yield { date: addDays(referendum.date, 1), title: `${referendum.name}: the results`, dateline: where.name,
      intro: `The count in the ${referendum.name} is complete.`, facts };
  }
}
