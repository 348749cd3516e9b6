import { DATE_PRECISIONS, type DatePrecision } from '../../model/relation.js';
import { builder } from '../builder.js';
import { describedValues } from '../enum-values.js';

const DESCRIPTIONS: Record<DatePrecision, string> = {
  DAY: 'Known to the day.',
  MONTH: 'Known to the month; the date given is the first day of that month.',
  YEAR: 'Known to the year; the date given is 1 January of that year.',
};

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely a date is known. asOf comparisons use the date given, the first day of its period.',
  values: describedValues(DATE_PRECISIONS, DESCRIPTIONS),
});
