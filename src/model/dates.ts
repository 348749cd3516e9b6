import type { PartialDate } from './relation.js';

const ISO_CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD: "2021-02-30" and "2021-5-7" are refused. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Reads "2020-04-04" (a day), "2020-04" (a month) or "2020" (a year). The date of a month or a
 * year is its first day, so `asOf` comparisons treat an imprecise boundary as the period's start.
 */
export function parsePartialDate(value: string): PartialDate | null {
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: 'YEAR' };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = `${value}-01`;
    return isCalendarDate(date) ? { date, precision: 'MONTH' } : null;
  }
  return isCalendarDate(value) ? { date: value, precision: 'DAY' } : null;
}
