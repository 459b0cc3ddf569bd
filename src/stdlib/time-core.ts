/**
 * Host-side helpers for Kitwork time values and duration strings.
 *
 * Pure functions only — no VM types. Time values are epoch milliseconds (UTC);
 * durations are non-negative millisecond counts. Every invalid input is
 * reported as a RangeError so callers can map it to a single script error.
 */

const MS_PER_UNIT: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Largest magnitude an ECMAScript Date can represent (±100,000,000 days). */
const MAX_TIME_MS = 8.64e15;

const DURATION_HINT = '(expected e.g. "250ms", "5s", "2h", "1d")';

// One "<number><unit>" segment. `ms` must precede `m` in the alternation so
// "250ms" is not read as "250m" followed by garbage "s".
const DURATION_SEGMENT = /(\d+(?:\.\d+)?|\.\d+)(ms|s|m|h|d|w)/y;

function invalidDuration(s: string): RangeError {
  return new RangeError(`invalid duration ${JSON.stringify(s)} ${DURATION_HINT}`);
}

/**
 * Parses a duration into milliseconds. Numbers are taken as milliseconds;
 * strings are one or more `<number><unit>` segments ("1h30m", "1.5h").
 * Bare numeric strings ("500") are rejected because the unit is ambiguous,
 * and units are lowercase-only so "M" can never be mistaken for months.
 * Fractional results are rounded to whole milliseconds.
 */
export function parseDuration(s: string | number): number {
  if (typeof s === 'number') {
    if (!Number.isFinite(s) || s < 0) throw invalidDuration(String(s));
    return Math.round(s) + 0; // "+ 0" turns -0 into 0
  }
  if (typeof s !== 'string') throw invalidDuration(String(s));
  const text = s.trim();
  if (text === '') throw invalidDuration(s);
  let total = 0;
  let pos = 0;
  while (pos < text.length) {
    DURATION_SEGMENT.lastIndex = pos;
    const m = DURATION_SEGMENT.exec(text);
    if (m === null) throw invalidDuration(s);
    total += Number(m[1]) * MS_PER_UNIT[m[2]!]!;
    pos = DURATION_SEGMENT.lastIndex;
  }
  // Absurdly long digit strings can overflow; keep results exact integers.
  if (!Number.isSafeInteger(Math.round(total))) throw invalidDuration(s);
  return Math.round(total);
}

/**
 * Formats milliseconds as a compact compound duration ("1d2h", "1h30m",
 * "250ms", "0ms"). Weeks are not emitted ("9d" reads better than "1w2d").
 * The output always round-trips through parseDuration for non-negative input;
 * negative input gets a leading "-" (useful for differences, not parseable).
 */
export function formatDuration(ms: number): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new RangeError(`invalid duration ${String(ms)}`);
  }
  let rest = Math.round(Math.abs(ms));
  if (rest === 0) return '0ms';
  let out = '';
  for (const unit of ['d', 'h', 'm', 's', 'ms']) {
    const size = MS_PER_UNIT[unit]!;
    const count = Math.floor(rest / size);
    if (count > 0) {
      out += `${count}${unit}`;
      rest -= count * size;
    }
  }
  return ms < 0 ? `-${out}` : out;
}

/** Throws unless `ms` is a time value a Date can hold; returns it floored. */
function checkTime(ms: number): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || Math.abs(ms) > MAX_TIME_MS) {
    throw new RangeError(`invalid time value ${String(ms)}`);
  }
  // Date truncates toward zero; flooring instead keeps sub-millisecond
  // negative values on the same side of a second boundary everywhere.
  return Math.floor(ms);
}

/** ISO-8601 UTC with milliseconds, exactly like Date.prototype.toISOString. */
export function toISO(ms: number): string {
  return new Date(checkTime(ms)).toISOString();
}

// ---------------------------------------------------------------------------
// Time zones

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
}

const formatterCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatterCache.get(tz);
  if (f !== undefined) return f;
  try {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      // era is requested so years <= 0 (shown as "N BC") can be recovered.
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`unknown time zone ${JSON.stringify(tz)}`);
  }
  formatterCache.set(tz, f);
  return f;
}

function checkZone(tz: unknown): string {
  if (typeof tz !== 'string' || tz === '') {
    throw new RangeError(`unknown time zone ${JSON.stringify(String(tz))}`);
  }
  formatterFor(tz);
  return tz;
}

/** The wall-clock reading (to the second) of instant `ms` in zone `tz`. */
function wallClock(ms: number, tz: string): WallClock {
  const w: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const p of formatterFor(tz).formatToParts(new Date(ms))) {
    switch (p.type) {
      case 'year': w.year = Number(p.value); break;
      case 'month': w.month = Number(p.value); break;
      case 'day': w.day = Number(p.value); break;
      // Some older ICU builds print midnight as "24" even with h23.
      case 'hour': w.hour = Number(p.value) % 24; break;
      case 'minute': w.minute = Number(p.value); break;
      case 'second': w.second = Number(p.value); break;
      case 'era': bc = p.value.startsWith('B'); break;
    }
  }
  if (bc) w.year = 1 - w.year; // 1 BC is astronomical year 0
  return w;
}

/**
 * Epoch ms for a wall-clock reading interpreted as UTC. Out-of-range fields
 * roll over like Date.UTC, but unlike Date.UTC years 0-99 are taken literally.
 */
function utcFromFields(y: number, mo: number, d: number, h: number, mi: number, s: number, ms = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

/** Zone offset in ms at `ms` (wall clock minus UTC), second precision. */
function offsetMs(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  const wall = utcFromFields(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * Offset of `tz` from UTC in minutes at instant `ms` (+60 for Paris in
 * winter, -240 for New York in summer). Historical local-mean-time offsets
 * can be fractional (Paris before 1911 was +9m21s = 9.35).
 */
export function tzOffsetMinutes(ms: number, tz: string): number {
  return offsetMs(checkTime(ms), checkZone(tz)) / 60_000;
}

/**
 * UTC ms for the wall-clock time y-mo-d h:mi:s (month 1-12) in `tz`.
 * Fields roll over like Date.UTC, so `d + 1` past month end is fine.
 *
 * - Gap (spring-forward, wall time never happens): uses the offset in force
 *   before the transition, which shifts the result forward by the gap length
 *   (02:30 on a 02:00→03:00 day becomes 03:30), matching Temporal's
 *   "compatible" disambiguation.
 * - Overlap (fall-back, wall time happens twice): the earlier instant.
 */
export function wallClockToInstant(
  y: number, mo: number, d: number, h: number, mi: number, s: number, tz = 'UTC',
): number {
  for (const v of [y, mo, d, h, mi, s]) {
    if (!Number.isInteger(v)) throw new RangeError(`invalid wall-clock field ${String(v)}`);
  }
  checkZone(tz);
  const local = utcFromFields(y, mo, d, h, mi, s);
  if (!Number.isFinite(local) || Math.abs(local) > MAX_TIME_MS - 2 * 86_400_000) {
    throw new RangeError(`invalid wall-clock time ${y}-${mo}-${d} ${h}:${mi}:${s}`);
  }
  // Offsets a day either side bracket any single transition near `local`.
  const before = local - offsetMs(local - 86_400_000, tz);
  const after = local - offsetMs(local + 86_400_000, tz);
  const maps = (t: number): boolean => t + offsetMs(t, tz) === local;
  const okBefore = maps(before);
  const okAfter = maps(after);
  if (okBefore && okAfter) return Math.min(before, after);
  if (okBefore) return before;
  if (okAfter) return after;
  return before; // gap: keep the pre-transition offset (shift forward)
}

// ---------------------------------------------------------------------------
// Formatting

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// Longest tokens first so "MMMM" is not consumed as "MM" + "MM".
const TOKEN = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ZZ|Z/g;

function pad(n: number, width: number): string {
  const digits = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${digits}` : digits;
}

function formatOffset(minutes: number, colon: boolean): string {
  // Round away sub-minute LMT offsets; the tokens only have minute precision.
  const total = Math.round(minutes);
  const sign = total < 0 ? '-' : '+';
  const hh = pad(Math.floor(Math.abs(total) / 60), 2);
  const mm = pad(Math.abs(total) % 60, 2);
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** How often formatTime reports its progress to onTokens. */
const TOKENS_PER_TICK = 4096;

/** Thrown by formatTime when the text would pass `maxLength` (the length it had reached). */
export class FormatTooLong extends Error {
  constructor(readonly length: number) {
    super(`formatted time longer than the limit (${length} characters)`);
  }
}

/**
 * Formats instant `ms` in zone `tz` (IANA name, default "UTC") using tokens
 * YYYY YY MM M DD D HH H hh h mm m ss s SSS A a Z ZZ ddd dddd MMM MMMM.
 * Text inside [brackets] is copied literally; any other character is too.
 * Tokens can grow the text (Z is 6 characters): past `maxLength` it throws
 * FormatTooLong as the text is made, before the whole of it exists. `onTokens(n)` is
 * told every TOKENS_PER_TICK tokens (and at the end) how many were formatted, so a
 * caller can charge the work as it goes.
 */
export function formatTime(ms: number, pattern: string, tz = 'UTC', maxLength = Infinity, onTokens?: (n: number) => void): string {
  const t = checkTime(ms);
  checkZone(tz);
  if (typeof pattern !== 'string') throw new RangeError('time pattern must be a string');
  const w = wallClock(t, tz);
  const millis = ((t % 1000) + 1000) % 1000;
  const weekday = new Date(utcFromFields(w.year, w.month, w.day, 0, 0, 0)).getUTCDay();
  const hour12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
  let offset: number | undefined;
  const offsetMin = () => (offset ??= offsetMs(t, tz) / 60_000);
  // Token by token (a replace() callback would find every match before the first call),
  // joined a tick's worth at a time.
  let length = pattern.length;
  let tokens = 0;
  let last = 0;
  const chunks: string[] = [];
  let parts: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(pattern); m !== null; m = TOKEN.exec(pattern)) {
    const text = token(m[0], m[1]);
    if ((length += text.length - m[0].length) > maxLength) throw new FormatTooLong(length);
    if (m.index > last) parts.push(pattern.slice(last, m.index));
    parts.push(text);
    last = TOKEN.lastIndex;
    if (++tokens === TOKENS_PER_TICK) {
      onTokens?.(tokens);
      tokens = 0;
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  if (tokens > 0) onTokens?.(tokens);
  parts.push(pattern.slice(last));
  chunks.push(parts.join(''));
  return chunks.join('');

  function token(tok: string, literal: string | undefined): string {
    if (literal !== undefined) return literal;
    switch (tok) {
      case 'YYYY': return pad(w.year, 4);
      case 'YY': return pad(((w.year % 100) + 100) % 100, 2);
      case 'MMMM': return MONTHS[w.month - 1]!;
      case 'MMM': return MONTHS[w.month - 1]!.slice(0, 3);
      case 'MM': return pad(w.month, 2);
      case 'M': return String(w.month);
      case 'DD': return pad(w.day, 2);
      case 'D': return String(w.day);
      case 'dddd': return WEEKDAYS[weekday]!;
      case 'ddd': return WEEKDAYS[weekday]!.slice(0, 3);
      case 'HH': return pad(w.hour, 2);
      case 'H': return String(w.hour);
      case 'hh': return pad(hour12, 2);
      case 'h': return String(hour12);
      case 'mm': return pad(w.minute, 2);
      case 'm': return String(w.minute);
      case 'ss': return pad(w.second, 2);
      case 's': return String(w.second);
      case 'SSS': return pad(millis, 3);
      case 'A': return w.hour < 12 ? 'AM' : 'PM';
      case 'a': return w.hour < 12 ? 'am' : 'pm';
      case 'ZZ': return formatOffset(offsetMin(), false);
      case 'Z': return formatOffset(offsetMin(), true);
      default: return tok;
    }
  }
}

// ---------------------------------------------------------------------------
// Parsing and arithmetic

const ISO_RE =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function daysInMonth(y: number, mo: number): number {
  return new Date(utcFromFields(y, mo + 1, 0, 0, 0, 0)).getUTCDate();
}

/**
 * Parses an ISO-8601 date ("2024-03-31") or date-time
 * ("2024-03-31T09:00:00.123+02:00", "...Z") into epoch ms. A date-only
 * string is UTC midnight (as in JS). A date-time without an offset is also
 * read as UTC — never host-local time — so results don't depend on the
 * machine the VM runs on. Every field is range-checked (no rollover).
 */
export function parseTime(s: string): number {
  const fail = () => new RangeError(`invalid time ${JSON.stringify(s)} (expected ISO-8601, e.g. "2024-03-31T09:00:00Z")`);
  if (typeof s !== 'string') throw fail();
  const m = ISO_RE.exec(s.trim());
  if (m === null) throw fail();
  const [, ys, mos, ds, hs, mis, ss, frac, zone] = m;
  if (ys === '-000000') throw fail(); // ISO forbids negative zero year
  const y = Number(ys), mo = Number(mos), d = Number(ds);
  const h = Number(hs ?? 0), mi = Number(mis ?? 0), sec = Number(ss ?? 0);
  // Truncate (not round) the fraction so .9999 never carries into a second.
  const millis = frac === undefined ? 0 : Number(frac.padEnd(3, '0').slice(0, 3));
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw fail();
  if (h > 23 || mi > 59 || sec > 59) throw fail();
  let offsetMin = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2) || 0);
    if (oh > 23 || om > 59) throw fail();
    offsetMin = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const t = utcFromFields(y, mo, d, h, mi, sec, millis) - offsetMin * 60_000;
  if (!Number.isFinite(t) || Math.abs(t) > MAX_TIME_MS) throw fail();
  return t;
}

function checkResult(t: number): number {
  if (!Number.isFinite(t) || Math.abs(t) > MAX_TIME_MS) {
    throw new RangeError('time value out of range');
  }
  return t;
}

/** `ms` plus a duration (number of ms or duration string). */
export function addDuration(ms: number, dur: string | number): number {
  return checkResult(checkTime(ms) + parseDuration(dur));
}

/** `ms` minus a duration (number of ms or duration string). */
export function subDuration(ms: number, dur: string | number): number {
  return checkResult(checkTime(ms) - parseDuration(dur));
}
