import type { PartialDate } from '../../src/model/relation.js';

/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that no time zone shifts a day. */

const DAY_MS = 86_400_000;

export function isoDate(year: number, month = 1, day = 1): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** British polling day: the first Thursday of May. */
export function firstThursdayOfMay(year: number): string {
  const first = new Date(Date.UTC(year, 4, 1));
  const offset = (4 - first.getUTCDay() + 7) % 7;
  return isoDate(year, 5, 1 + offset);
}

export function day(date: string): PartialDate {
  return { date, precision: 'DAY' };
}

export function month(date: string): PartialDate {
  return { date: `${date.slice(0, 7)}-01`, precision: 'MONTH' };
}

export function year(yearNumber: number): PartialDate {
  return { date: isoDate(yearNumber), precision: 'YEAR' };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** How a news report writes a date known to the given precision: "4 April 2020", "April 2020", "2020". */
export function spoken(date: PartialDate): string {
  const [y, m, d] = date.date.split('-').map(Number) as [number, number, number];
  if (date.precision === 'YEAR') return String(y);
  if (date.precision === 'MONTH') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
