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

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** An instant read from ISO 8601 with its offset, to the nanosecond: what the graph's audit times are written as. */
export interface Instant {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  nanosecond: number;
  /** Offset from UTC, in seconds. */
  offsetSeconds: number;
}

/**
 * Reads "2026-12-01T11:32:04.123456789Z" or "…+01:00": a real calendar day and time, an offset, at
 * most nine digits of fraction (the precision of the graph's own times, so that a `createdAt` the API
 * returned can be passed back as it was). Null for anything else.
 */
export function parseInstant(value: string): Instant | null {
  const match = ISO_INSTANT.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction = '', offset] = match as unknown as string[];
  if (!isCalendarDate(`${year}-${month}-${day}`) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const offsetSeconds = offset === 'Z' ? 0 : (offset!.startsWith('-') ? -1 : 1) * (Number(offset!.slice(1, 3)) * 3600 + Number(offset!.slice(4, 6)) * 60);
  if (Math.abs(offsetSeconds) > 18 * 3600) return null;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    nanosecond: Number(fraction.padEnd(9, '0')),
    offsetSeconds,
  };
}
