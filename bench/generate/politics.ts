import type { Fact, Story } from './articles.js';
import { addDays, day, isoDate, month, spoken, year, yearOf } from './dates.js';
import { COUNTRY_NAME } from './names.js';
import { HISTORY_ENDS, SPOKESPERSON_PORTFOLIOS, memberOf, personKey } from './plan.js';
import { streamFor } from './random.js';
import { fact, formatCount, percent, share, successionStories, type Context, type Succession } from './relations.js';

/** Stories about places, members, leaders and front benches. */

const PEOPLE_PER_PROFILE = 12;

/** Constituencies within regions within nations within the country; party branches within parties. */
export function* geographyStories(context: Context): Generator<Story> {
  const { plan, relations } = context;
  for (const [index, nation] of plan.nations.entries()) {
    const facts: Fact[] = [
      fact(relations.make('PART_OF', nation.key, 'gen-country'), `${nation.name} is one of the four nations of the ${COUNTRY_NAME}`,
        `${nation.name} forms part of the ${COUNTRY_NAME}`),
    ];
    for (const region of plan.regions.filter((candidate) => candidate.nation === index)) {
      facts.push(fact(relations.make('PART_OF', region.key, nation.key), `${region.name} is a region of ${nation.name}`,
        `the region of ${region.name} lies in ${nation.name}`));
    }
    yield { date: '2023-01-16', title: `The regions of ${nation.name}`, dateline: nation.name, intro: 'A guide to the map.', facts };
  }
  for (const [index, region] of plan.regions.entries()) {
    const facts = plan.constituencies
      .filter((constituency) => constituency.region === index)
      .map((constituency) =>
        fact(relations.make('PART_OF', constituency.key, region.key, { validFrom: year(1983) }),
          `${constituency.name} has been a constituency of ${region.name} since the boundary review of 1983`,
          `the ${constituency.name} seat lies within ${region.name}`),
      );
    if (facts.length === 0) continue;
    yield { date: '2023-02-06', title: `Boundary review: the seats of ${region.name}`, dateline: region.name,
      intro: 'The boundary commission has published its list of constituencies.', facts };
  }
  for (const branch of plan.branches) {
    const party = plan.parties[branch.party]!;
    const partOf = relations.make('PART_OF', branch.key, party.key, { validFrom: year(branch.founded) });
    yield { date: isoDate(branch.founded, 9, 1), title: `The ${branch.name} is launched`, dateline: plan.nations[branch.nation]!.name,
      intro: `The ${party.name} has organised in ${plan.nations[branch.nation]!.name}.`,
      facts: [fact(partOf, `the ${branch.name} was founded in ${branch.founded} as the ${party.name}'s branch in ${plan.nations[branch.nation]!.name}`,
        `the ${branch.name}, part of the ${party.name} since ${branch.founded}`)] };
  }
}

/** Every person's party memberships, a dozen people per "who's who" report. */
export function* membershipStories(context: Context): Generator<Story> {
  const { plan, relations, name } = context;
  const { people, parties } = plan;
  for (let first = 0; first < people.count; first += PEOPLE_PER_PROFILE) {
    const facts: Fact[] = [];
    let latest = 1950;
    for (let person = first; person < Math.min(people.count, first + PEOPLE_PER_PROFILE); person += 1) {
      const who = name(person);
      const party = parties[people.party[person]!]!;
      const joinedMonth = people.joinedMonth[person]!;
      const from = joinedMonth > 0 ? month(isoDate(people.joined[person]!, joinedMonth)) : year(people.joined[person]!);
      const later = people.laterParty[person]!;
      const ended = later >= 0 ? people.defected[person]! : people.left[person]!;
      const to = ended > 0 ? year(ended) : null;
      const membership = relations.make('MEMBER_OF', personKey(person), party.key, { validFrom: from, validTo: to,
        qualifiers: later >= 0 ? { note: `defected to the ${parties[later]!.name}` } : {} });
      latest = Math.max(latest, ended || people.joined[person]!);
      if (later >= 0) {
        const laterParty = parties[later]!;
        facts.push(fact(membership, `${who} was a member of the ${party.name} from ${spoken(from)} until ${ended}`,
          `${who} left the ${party.name} in ${ended}`));
        const joinedLater = relations.make('MEMBER_OF', personKey(person), laterParty.key, { validFrom: year(ended) });
        facts.push(fact(joinedLater, `${who} joined the ${laterParty.name} in ${ended}`,
          `${who} crossed the floor to the ${laterParty.name} in ${ended}`));
      } else if (to) {
        facts.push(fact(membership, `${who} left the ${party.name} in ${ended}, having joined in ${spoken(from)}`,
          `${who}, a ${party.name} member from ${yearOf(from.date)} to ${ended}`));
      } else {
        facts.push(fact(membership, `${who} has been a member of the ${party.name} since ${spoken(from)}`,
          `${who}, a ${party.name} member since ${yearOf(from.date)}`));
      }
    }
    yield { date: isoDate(Math.min(2024, latest), 11, 1 + (first / PEOPLE_PER_PROFILE) % 28), title: 'Who is who in local politics',
      dateline: COUNTRY_NAME, intro: 'Our regular round-up of party activists and their allegiances.', facts };
  }
}

/** Party leaders, each chosen in a leadership election, and the leaders of the national branches. */
export function* leadershipStories(context: Context): Generator<Story> {
  const { plan, relations, name } = context;
  for (const [partyIndex, party] of plan.parties.entries()) {
    const random = streamFor(plan.seed, 'leadership-elections', partyIndex);
    const electionFor = new Map(party.leadershipElections.map((election) => [election.leader, election]));
    yield* successionStories(context, {
      office: { key: party.leaderOffice, name: `Leader of the ${party.name}` },
      organisation: { key: party.key, name: party.name },
      successions: party.leaders.map((tenure) => ({ ...tenure, context: party.key })),
      dateline: COUNTRY_NAME,
      extra: (index) => {
        const election = electionFor.get(index);
        if (!election) return [];
        const winner = party.leaders[index]!.person;
        const year = yearOf(election.date);
        const excluded = new Set([winner]);
        const candidates = [winner];
        for (let count = random.int(1, 3); count > 0; count -= 1) {
          const rival = memberOf(plan.people, random, partyIndex, year, excluded);
          if (rival < 0) break;
          excluded.add(rival);
          candidates.push(rival);
        }
        const weights = candidates.map((_, position) => (position === 0 ? 1.6 : 1) * random.between(0.5, 1.5));
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        const ballots = random.int(20_000, 400_000);
        return candidates.flatMap((person, position) => {
          const votes = Math.round((ballots * weights[position]!) / total);
          const fraction = share(votes, ballots);
          const who = name(person);
          const facts = [
            fact(relations.make('CANDIDATE_IN', personKey(person), election.key, { context: party.key,
              qualifiers: { votes, share: fraction, elected: position === 0 } }),
            `${who} received ${formatCount(votes)} votes (${percent(fraction)}%)`, `${who} won the backing of ${percent(fraction)}% of members`),
          ];
          facts.push(position === 0
            ? fact(relations.make('WON', personKey(person), election.key, { context: party.key, qualifiers: { votes, share: fraction } }),
              `${who} won the ${election.name}`, `${who} was declared the winner of the ${election.name}`)
            : fact(relations.make('LOST', personKey(person), election.key, { context: party.key, qualifiers: { votes, share: fraction } }),
              `${who} lost the ${election.name}`, `${who} was defeated in the ${election.name}`));
          return facts;
        });
      },
    });
  }
  for (const branch of plan.branches) {
    yield* successionStories(context, {
      office: { key: branch.leaderOffice, name: `Leader of the ${branch.name}` },
      organisation: { key: branch.key, name: branch.name },
      successions: branch.leaders.map((tenure) => ({ ...tenure, context: branch.key })),
      dateline: plan.nations[branch.nation]!.name,
    });
  }
}

/** Front-bench spokespeople of the larger parties, a report per party reshuffle year. */
export function* spokespersonStories(context: Context): Generator<Story> {
  const { plan, relations, name } = context;
  for (let partyIndex = 0; partyIndex < Math.min(plan.parties.length, 8); partyIndex += 1) {
    const party = plan.parties[partyIndex]!;
    const random = streamFor(plan.seed, 'spokespeople', partyIndex);
    const appointments: (Succession & { portfolio: string })[] = [];
    for (const portfolio of SPOKESPERSON_PORTFOLIOS) {
      let from = day(isoDate(Math.max(1990, party.founded + 1), random.int(1, 12), random.int(1, 28)));
      while (from.date < HISTORY_ENDS) {
        const end = addDays(from.date, random.int(365, 2200));
        const to = end < HISTORY_ENDS ? day(end) : null;
        const person = memberOf(plan.people, random, partyIndex, yearOf(from.date), undefined, Math.min(2024, yearOf(end)));
        if (person >= 0) appointments.push({ person, from, to, context: null, portfolio });
        if (!to) break;
        from = to;
      }
    }
    appointments.sort((a, b) => a.from.date.localeCompare(b.from.date) || a.portfolio.localeCompare(b.portfolio));
    for (let start = 0; start < appointments.length; ) {
      const reshuffleYear = yearOf(appointments[start]!.from.date);
      let end = start;
      while (end < appointments.length && yearOf(appointments[end]!.from.date) === reshuffleYear) end += 1;
      const facts = appointments.slice(start, end).map((appointment) => {
        const who = name(appointment.person);
        const relation = relations.make('SPOKESPERSON_FOR', personKey(appointment.person), party.key, {
          validFrom: appointment.from,
          validTo: appointment.to,
          qualifiers: { role: appointment.portfolio },
        });
        return fact(relation, `${who} was named the ${party.name}'s spokesperson for ${appointment.portfolio}`,
          `${who} takes on the ${appointment.portfolio} brief for the ${party.name}`);
      });
      yield { date: appointments[end - 1]!.from.date, title: `${party.name} reshuffle, ${reshuffleYear}`, dateline: COUNTRY_NAME,
        intro: `The ${party.name} has announced changes to its front bench.`, facts };
      start = end;
    }
  }
}
