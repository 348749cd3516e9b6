import type { Random } from './random.js';

/**
 * Word lists for generated names. Fictional on purpose: generated parties and places never collide
 * with the seed's real ones, and a few accented names keep search and offsets honest.
 */

export const FIRST_NAMES = [
  'Alice', 'Aled', 'Amara', 'Angus', 'Aoife', 'Arthur', 'Beth', 'Bronwen', 'Callum', 'Catriona', 'Chloé', 'Ciarán',
  'Dafydd', 'Daniel', 'Deborah', 'Eilidh', 'Elena', 'Emeka', 'Emma', 'Eóin', 'Fatima', 'Fergus', 'Fiona', 'Gareth',
  'Grace', 'Hamish', 'Hannah', 'Harriet', 'Imran', 'Iona', 'Isla', 'Jack', 'James', 'Jasmine', 'Joanna', 'Kavita',
  'Keith', 'Kirsty', 'Laura', 'Liam', 'Lowri', 'Malcolm', 'Margaret', 'Martin', 'Meera', 'Michael', 'Morag', 'Nadia',
  'Neil', 'Niamh', 'Nicola', 'Oliver', 'Owen', 'Patrick', 'Priya', 'Rachel', 'Rhys', 'Rosa', 'Ruth', 'Samuel',
  'Sarah', 'Seán', 'Siân', 'Simon', 'Sophie', 'Stephen', 'Tariq', 'Thomas', 'Una', 'Victoria', 'William', 'Yusuf',
  'Zoë', 'Zainab',
];

export const SURNAMES = [
  'Abbott', 'Ahmed', 'Anderson', 'Barker', 'Begum', 'Bell', 'Bevan', 'Blackwood', 'Boyle', 'Brennan', 'Campbell',
  'Chowdhury', 'Clarke', 'Collins', 'Cunningham', 'Davies', 'Doherty', 'Donnelly', 'Drummond', 'Edwards', 'Evans',
  'Ferguson', 'Fitzgerald', 'Fraser', 'Gallagher', 'Gill', 'Graham', 'Griffiths', 'Hamilton', 'Harris', 'Hughes',
  'Hussain', 'Jenkins', 'Johnston', 'Kaur', 'Kelly', 'Kennedy', 'Khan', 'Lloyd', 'MacDonald', 'MacLeod', 'McBride',
  'McKenzie', 'Malik', 'Morgan', 'Morrison', 'Murphy', 'Murray', "O'Brien", "O'Neill", 'Okafor', 'Owusu', 'Parry',
  'Patel', 'Pritchard', 'Quinn', 'Rahman', 'Reid', 'Roberts', 'Robertson', 'Ross', 'Shah', 'Sinclair', 'Singh',
  'Stewart', 'Sutherland', 'Taylor', 'Thomas', 'Thompson', 'Vaughan', 'Walker', 'Wallace', 'Watson', 'Williams',
  'Wilson', 'Wright', 'Young',
];

const PLACE_STARTS = [
  'Ash', 'Bal', 'Bar', 'Bel', 'Black', 'Brad', 'Bram', 'Brook', 'Cal', 'Carr', 'Clay', 'Cold', 'Corn', 'Cray', 'Dal',
  'Dun', 'East', 'Elm', 'Fair', 'Farn', 'Glen', 'Gold', 'Green', 'Hal', 'Hart', 'Hazel', 'High', 'Holm', 'Inver',
  'Kil', 'Kings', 'Lang', 'Lin', 'Long', 'Low', 'Mar', 'Mill', 'Moor', 'Nor', 'Oak', 'Pen', 'Red', 'Rich', 'Rose',
  'Salt', 'Sand', 'Shep', 'Stan', 'Stock', 'Stone', 'Strat', 'Sud', 'Thorn', 'Tre', 'Wal', 'War', 'West', 'White',
  'Wick', 'Wood',
];
const PLACE_ENDS = [
  'bridge', 'brook', 'bury', 'by', 'caster', 'cliffe', 'combe', 'dale', 'den', 'field', 'ford', 'gate', 'ham',
  'hampton', 'haven', 'hill', 'holme', 'hurst', 'ington', 'kirk', 'leigh', 'ley', 'mere', 'minster', 'mouth', 'ness',
  'port', 'shaw', 'stead', 'stow', 'thorpe', 'ton', 'wick', 'worth',
];
const PLACE_QUALIFIERS = ['', ' North', ' South', ' East', ' West', ' Central', ' and District', ' Rural'];

/** Distinct place names: `count` of them, drawn without repeats. */
export function placeNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const base = random.pick(PLACE_STARTS) + random.pick(PLACE_ENDS);
    const qualifier = names.has(base) || random.chance(0.3) ? random.pick(PLACE_QUALIFIERS) : '';
    const name = base + qualifier;
    if (!names.has(name)) names.add(name);
    else if (names.size > PLACE_STARTS.length * PLACE_ENDS.length * PLACE_QUALIFIERS.length * 0.9) {
      names.add(`${name} ${names.size}`);
    }
  }
  return [...names];
}

export const COUNTRY_NAME = 'United Isles';
export const NATION_NAMES = ['Southmark', 'Northmark', 'Westvale', 'Eastmoor'];

const PARTY_WORDS = [
  'Progressive', 'Unionist', 'Liberal', 'Green', 'Reform', 'Social', 'Unity', 'Independence', 'Workers', 'Heritage',
  'Radical', 'Civic', 'Federal', 'Democratic', 'Alliance', 'Co-operative', 'Rural', 'Citizens', 'Renewal', 'Common',
];
const PARTY_NOUNS = ['Party', 'Movement', 'League', 'Union', 'Alliance', 'Front', 'Coalition', 'Forum'];

/** Party names in a fixed order: the biggest parties get the plainest names. */
export function partyName(index: number): string {
  const word = PARTY_WORDS[index % PARTY_WORDS.length]!;
  const noun = PARTY_NOUNS[Math.floor(index / PARTY_WORDS.length) % PARTY_NOUNS.length]!;
  const round = Math.floor(index / (PARTY_WORDS.length * PARTY_NOUNS.length));
  return `${word} ${round > 0 ? `${word} ` : ''}${noun}${round > 1 ? ` ${round}` : ''}`;
}

export function partyAbbreviation(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

export const PORTFOLIOS = [
  'finance', 'home affairs', 'foreign affairs', 'defence', 'health', 'education', 'transport', 'environment',
  'justice', 'trade', 'work and pensions', 'culture', 'housing', 'energy', 'agriculture', 'science', 'communities',
  'digital affairs', 'international development', 'local government', 'children', 'equalities', 'veterans',
  'constitutional affairs',
];

export const PUBLISHERS = [
  'Isles Press Association', 'The Southmark Herald', 'Northmark Courier', 'Westvale Post', 'Eastmoor Examiner',
  'The Daily Ledger', 'Isles Broadcasting News', 'The Weekly Standard-Bearer', 'Civic Wire', 'The Evening Dispatch',
];

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
