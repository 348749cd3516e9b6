import { DATE_CERTAINTIES, DATE_PRECISIONS, KNOWN_START_BASES, type DatePrecision, type KnownStart } from '../../model/relation.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';

const DESCRIPTIONS: Record<DatePrecision, string> = {
  DAY: 'Known to the day.',
  MONTH: 'Known to the month; the date given is the first day of that month.',
  YEAR: 'Known to the year; the date given is 1 January of that year.',
};

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely a date is known. asOf compares a bound at its precision (see DateCertainty).',
  values: describedValues(DATE_PRECISIONS, DESCRIPTIONS),
});

export const DateCertaintyEnum = builder.enumType('DateCertainty', {
  description:
    'How asOf reads a bound known only to its month or year (a start of "2016" is some day of 2016). The README has a table.',
  values: describedValues(DATE_CERTAINTIES, {
    CERTAIN: 'Keep a relation only if it holds on the day whichever day of the period the bound is (the default).',
    POSSIBLE: 'Keep a relation if it may hold on the day: some day of the period would make it so.',
  }),
});

const KnownStartBasisEnum = builder.enumType('KnownStartBasis', {
  description: 'What tells the first day a relation is known to hold.',
  values: describedValues(KNOWN_START_BASES, {
    STATED: 'Its own validFrom.',
    ELECTION: 'It is about an election (CANDIDATE_IN, CONTESTED, WON, LOST, VOTED_IN) with no validFrom: the election day.',
    SOURCE: 'It has no validFrom: the earliest publication date of the sources that support it, which show it held then.',
  }),
});

export const KnownStartType = builder.objectRef<KnownStart>('KnownStart').implement({
  description: 'The first day a relation is known to hold, and why. asOf never keeps a relation before it.',
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'The day, or the first day of its month or year.', resolve: (known) => known.date }),
    precision: t.field({ type: DatePrecisionEnum, description: 'How precisely the day is known.', resolve: (known) => known.precision }),
    basis: t.field({ type: KnownStartBasisEnum, description: 'What says so.', resolve: (known) => known.basis }),
  }),
});
