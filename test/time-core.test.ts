import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  parseDuration,
  formatDuration,
  toISO,
  formatTime,
  tzOffsetMinutes,
  parseTime,
  addDuration,
  subDuration,
  wallClockToInstant,
} from '../src/stdlib/time-core.js';

const iso = (s: string): number => Date.parse(s);

describe('parseDuration', () => {
  it('accepts numbers as milliseconds', () => {
    assert.equal(parseDuration(0), 0);
    assert.equal(parseDuration(1500), 1500);
    assert.equal(parseDuration(1.6), 2);
  });

  it('parses single units', () => {
    assert.equal(parseDuration('250ms'), 250);
    assert.equal(parseDuration('1s'), 1000);
    assert.equal(parseDuration('5m'), 300_000);
    assert.equal(parseDuration('2h'), 7_200_000);
    assert.equal(parseDuration('1d'), 86_400_000);
    assert.equal(parseDuration('1w'), 604_800_000);
    assert.equal(parseDuration('0s'), 0);
  });

  it('parses decimals, compounds and surrounding whitespace', () => {
    assert.equal(parseDuration('1.5h'), 5_400_000);
    assert.equal(parseDuration('.5s'), 500);
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('2d4h'), 2 * 86_400_000 + 4 * 3_600_000);
    assert.equal(parseDuration('1m30s250ms'), 90_250);
    assert.equal(parseDuration('  10s \n'), 10_000);
  });

  it('rejects invalid strings with a helpful RangeError', () => {
    assert.throws(() => parseDuration('abc'), {
      name: 'RangeError',
      message: 'invalid duration "abc" (expected e.g. "250ms", "5s", "2h", "1d")',
    });
    for (const bad of ['', '   ', '5', '5 s', '1h 30m', 's', '1.s', '5M', '1y', '1hh', '5sec', '1e3ms']) {
      assert.throws(() => parseDuration(bad), RangeError, `expected ${JSON.stringify(bad)} to throw`);
    }
  });

  it('rejects negative and non-finite values', () => {
    assert.throws(() => parseDuration('-5s'), RangeError);
    assert.throws(() => parseDuration(-1), RangeError);
    assert.throws(() => parseDuration(NaN), RangeError);
    assert.throws(() => parseDuration(Infinity), RangeError);
    assert.throws(() => parseDuration('9'.repeat(400) + 'ms'), RangeError);
  });
});

describe('formatDuration', () => {
  it('formats compact compound durations', () => {
    assert.equal(formatDuration(0), '0ms');
    assert.equal(formatDuration(250), '250ms');
    assert.equal(formatDuration(1000), '1s');
    assert.equal(formatDuration(5_400_000), '1h30m');
    assert.equal(formatDuration(90_061_001), '1d1h1m1s1ms');
    assert.equal(formatDuration(604_800_000), '7d');
    assert.equal(formatDuration(-1500), '-1s500ms');
  });

  it('round-trips through parseDuration', () => {
    for (const ms of [0, 1, 999, 1000, 61_000, 5_400_000, 90_061_001, 3 * 604_800_000 + 17]) {
      assert.equal(parseDuration(formatDuration(ms)), ms);
    }
  });

  it('rejects non-finite input', () => {
    assert.throws(() => formatDuration(NaN), RangeError);
    assert.throws(() => formatDuration(Infinity), RangeError);
  });
});

describe('toISO', () => {
  it('matches Date.prototype.toISOString', () => {
    assert.equal(toISO(0), '1970-01-01T00:00:00.000Z');
    assert.equal(toISO(1_711_846_800_123), '2024-03-31T01:00:00.123Z');
    assert.equal(toISO(-1), '1969-12-31T23:59:59.999Z');
  });

  it('throws RangeError for invalid times', () => {
    assert.throws(() => toISO(NaN), RangeError);
    assert.throws(() => toISO(Infinity), RangeError);
    assert.throws(() => toISO(8.64e15 + 1), RangeError);
  });
});

describe('tzOffsetMinutes', () => {
  it('reports standard and daylight offsets', () => {
    assert.equal(tzOffsetMinutes(iso('2024-01-15T12:00:00Z'), 'UTC'), 0);
    assert.equal(tzOffsetMinutes(iso('2024-01-15T12:00:00Z'), 'Europe/Paris'), 60);
    assert.equal(tzOffsetMinutes(iso('2024-07-15T12:00:00Z'), 'Europe/Paris'), 120);
    assert.equal(tzOffsetMinutes(iso('2024-01-15T12:00:00Z'), 'America/New_York'), -300);
    assert.equal(tzOffsetMinutes(iso('2024-07-15T12:00:00Z'), 'America/New_York'), -240);
    assert.equal(tzOffsetMinutes(iso('2024-07-15T12:00:00Z'), 'Asia/Kolkata'), 330);
  });

  it('switches exactly at the Europe/Paris DST transition', () => {
    const t = iso('2024-03-31T01:00:00Z'); // 02:00 CET -> 03:00 CEST
    assert.equal(tzOffsetMinutes(t - 1, 'Europe/Paris'), 60);
    assert.equal(tzOffsetMinutes(t, 'Europe/Paris'), 120);
  });

  it('rejects unknown zones', () => {
    assert.throws(() => tzOffsetMinutes(0, 'Mars/Olympus'), {
      name: 'RangeError',
      message: 'unknown time zone "Mars/Olympus"',
    });
  });
});

describe('formatTime', () => {
  const t = iso('2024-03-05T14:07:09.045Z'); // a Tuesday

  it('formats every token in UTC by default', () => {
    assert.equal(formatTime(t, 'YYYY-MM-DD HH:mm:ss.SSS'), '2024-03-05 14:07:09.045');
    assert.equal(formatTime(t, 'YY M D H m s'), '24 3 5 14 7 9');
    assert.equal(formatTime(t, 'hh:mm A|h a'), '02:07 PM|2 pm');
    assert.equal(formatTime(t, 'ddd dddd MMM MMMM'), 'Tue Tuesday Mar March');
    assert.equal(formatTime(t, 'Z ZZ'), '+00:00 +0000');
  });

  it('keeps [bracketed] text and non-token characters literal', () => {
    assert.equal(formatTime(t, '[Today is] dddd[, at] HH[h]'), 'Today is Tuesday, at 14h');
    assert.equal(formatTime(t, 'YYYY-MM-DDTHH:mm:ss'), '2024-03-05T14:07:09');
    assert.equal(formatTime(t, '[YYYY MM]'), 'YYYY MM');
  });

  it('handles midnight and noon in 12-hour tokens', () => {
    assert.equal(formatTime(iso('2024-01-01T00:05:00Z'), 'h:mm A'), '12:05 AM');
    assert.equal(formatTime(iso('2024-01-01T12:05:00Z'), 'h:mm a'), '12:05 pm');
    assert.equal(formatTime(iso('2024-01-01T00:00:00Z'), 'HH'), '00');
  });

  it('renders wall-clock time and offset in a zone', () => {
    assert.equal(formatTime(t, 'YYYY-MM-DD HH:mm Z', 'Europe/Paris'), '2024-03-05 15:07 +01:00');
    assert.equal(formatTime(t, 'YYYY-MM-DD HH:mm ZZ', 'America/New_York'), '2024-03-05 09:07 -0500');
    assert.equal(formatTime(t, 'HH:mm Z', 'Asia/Kolkata'), '19:37 +05:30');
    // Crossing the date line changes day and weekday.
    assert.equal(formatTime(iso('2024-03-05T23:30:00Z'), 'ddd D HH:mm', 'Asia/Tokyo'), 'Wed 6 08:30');
  });

  it('follows the Europe/Paris DST transitions', () => {
    const spring = iso('2024-03-31T01:00:00Z');
    assert.equal(formatTime(spring - 1000, 'HH:mm:ss Z', 'Europe/Paris'), '01:59:59 +01:00');
    assert.equal(formatTime(spring, 'HH:mm:ss Z', 'Europe/Paris'), '03:00:00 +02:00');
    const fall = iso('2024-10-27T01:00:00Z');
    assert.equal(formatTime(fall - 1000, 'HH:mm:ss Z', 'Europe/Paris'), '02:59:59 +02:00');
    assert.equal(formatTime(fall, 'HH:mm:ss Z', 'Europe/Paris'), '02:00:00 +01:00');
  });

  it('follows the America/New_York DST transitions', () => {
    const spring = iso('2024-03-10T07:00:00Z');
    assert.equal(formatTime(spring - 1000, 'h:mm:ss A ZZ', 'America/New_York'), '1:59:59 AM -0500');
    assert.equal(formatTime(spring, 'h:mm:ss A ZZ', 'America/New_York'), '3:00:00 AM -0400');
    const fall = iso('2024-11-03T06:00:00Z');
    assert.equal(formatTime(fall - 1000, 'h:mm:ss A ZZ', 'America/New_York'), '1:59:59 AM -0400');
    assert.equal(formatTime(fall, 'h:mm:ss A ZZ', 'America/New_York'), '1:00:00 AM -0500');
  });

  it('handles pre-1970 and small years', () => {
    assert.equal(formatTime(-1, 'YYYY-MM-DD HH:mm:ss.SSS'), '1969-12-31 23:59:59.999');
    assert.equal(formatTime(iso('0042-06-01T00:00:00Z'), 'YYYY YY'), '0042 42');
  });

  it('rejects an unknown zone and invalid times', () => {
    assert.throws(() => formatTime(0, 'YYYY', 'Not/AZone'), {
      name: 'RangeError',
      message: 'unknown time zone "Not/AZone"',
    });
    assert.throws(() => formatTime(0, 'YYYY', ''), RangeError);
    assert.throws(() => formatTime(NaN, 'YYYY'), RangeError);
  });
});

describe('parseTime', () => {
  it('parses date-only strings as UTC midnight', () => {
    assert.equal(parseTime('2024-03-31'), iso('2024-03-31T00:00:00Z'));
    assert.equal(parseTime('1969-12-31'), -86_400_000);
  });

  it('parses date-times with Z or an offset', () => {
    assert.equal(parseTime('2024-03-31T09:00:00Z'), iso('2024-03-31T09:00:00Z'));
    assert.equal(parseTime('2024-03-31T09:00:00.123Z'), iso('2024-03-31T09:00:00.123Z'));
    assert.equal(parseTime('2024-03-31T09:00:00+02:00'), iso('2024-03-31T07:00:00Z'));
    assert.equal(parseTime('2024-03-31T09:00-0530'), iso('2024-03-31T14:30:00Z'));
    assert.equal(parseTime('2024-03-31 09:00:00z'), iso('2024-03-31T09:00:00Z'));
    assert.equal(parseTime('2024-03-31T09:00:00.123456789Z'), iso('2024-03-31T09:00:00.123Z'));
  });

  it('reads offset-less date-times as UTC, not host-local', () => {
    assert.equal(parseTime('2024-03-31T09:00'), iso('2024-03-31T09:00:00Z'));
  });

  it('takes years 0-99 literally and supports expanded years', () => {
    assert.equal(toISO(parseTime('0042-01-01')), '0042-01-01T00:00:00.000Z');
    assert.equal(parseTime('+002024-01-01T00:00:00Z'), iso('2024-01-01T00:00:00Z'));
  });

  it('round-trips toISO', () => {
    for (const t of [0, -1, 1_711_846_800_123, 253_402_300_799_999]) {
      assert.equal(parseTime(toISO(t)), t);
    }
  });

  it('rejects invalid strings and out-of-range fields', () => {
    for (const bad of [
      '', 'tomorrow', '2024', '2024-3-1', '2024-13-01', '2024-02-30', '2023-02-29',
      '2024-01-01T24:00:00Z', '2024-01-01T10:60Z', '2024-01-01T10:00:61Z',
      '2024-01-01T10:00+25:00', '2024-01-01T10:00:00ZZ', '-000000-01-01',
    ]) {
      assert.throws(() => parseTime(bad), RangeError, `expected ${JSON.stringify(bad)} to throw`);
    }
    assert.equal(parseTime('2024-02-29'), iso('2024-02-29T00:00:00Z'));
  });
});

describe('addDuration / subDuration', () => {
  it('adds and subtracts durations', () => {
    const t = iso('2024-03-31T00:00:00Z');
    assert.equal(addDuration(t, '1h30m'), iso('2024-03-31T01:30:00Z'));
    assert.equal(addDuration(t, 250), t + 250);
    assert.equal(subDuration(t, '1d'), iso('2024-03-30T00:00:00Z'));
  });

  it('propagates invalid durations and out-of-range results', () => {
    assert.throws(() => addDuration(0, 'soon'), /invalid duration "soon"/);
    assert.throws(() => subDuration(0, '-1s'), RangeError);
    assert.throws(() => addDuration(8.64e15, '1ms'), RangeError);
    assert.throws(() => addDuration(NaN, '1s'), RangeError);
  });
});

describe('wallClockToInstant', () => {
  it('converts ordinary wall-clock times', () => {
    assert.equal(wallClockToInstant(2024, 7, 1, 9, 0, 0, 'Europe/Paris'), iso('2024-07-01T07:00:00Z'));
    assert.equal(wallClockToInstant(2024, 1, 1, 9, 0, 0, 'Europe/Paris'), iso('2024-01-01T08:00:00Z'));
    assert.equal(wallClockToInstant(2024, 1, 1, 9, 0, 0, 'America/New_York'), iso('2024-01-01T14:00:00Z'));
    assert.equal(wallClockToInstant(2024, 1, 1, 9, 0, 0, 'UTC'), iso('2024-01-01T09:00:00Z'));
    assert.equal(wallClockToInstant(2024, 1, 1, 9, 0, 0), iso('2024-01-01T09:00:00Z'));
  });

  it('rolls fields over like Date.UTC', () => {
    assert.equal(wallClockToInstant(2024, 1, 32, 9, 0, 0, 'Europe/Paris'), iso('2024-02-01T08:00:00Z'));
    assert.equal(wallClockToInstant(2024, 12, 31, 24, 0, 0, 'UTC'), iso('2025-01-01T00:00:00Z'));
  });

  it('moves forward through the Europe/Paris spring gap', () => {
    // 02:30 does not exist on 2024-03-31; it becomes 03:30 CEST.
    const t = wallClockToInstant(2024, 3, 31, 2, 30, 0, 'Europe/Paris');
    assert.equal(t, iso('2024-03-31T01:30:00Z'));
    assert.equal(formatTime(t, 'HH:mm Z', 'Europe/Paris'), '03:30 +02:00');
    // Times on either side of the gap are exact.
    assert.equal(wallClockToInstant(2024, 3, 31, 1, 59, 59, 'Europe/Paris'), iso('2024-03-31T00:59:59Z'));
    assert.equal(wallClockToInstant(2024, 3, 31, 3, 0, 0, 'Europe/Paris'), iso('2024-03-31T01:00:00Z'));
  });

  it('takes the earlier instant in the Europe/Paris autumn overlap', () => {
    // 02:30 happens twice on 2024-10-27 (CEST, then CET).
    const t = wallClockToInstant(2024, 10, 27, 2, 30, 0, 'Europe/Paris');
    assert.equal(t, iso('2024-10-27T00:30:00Z'));
    assert.equal(formatTime(t, 'HH:mm Z', 'Europe/Paris'), '02:30 +02:00');
    assert.equal(wallClockToInstant(2024, 10, 27, 3, 0, 0, 'Europe/Paris'), iso('2024-10-27T02:00:00Z'));
  });

  it('handles America/New_York gap and overlap', () => {
    const gap = wallClockToInstant(2024, 3, 10, 2, 30, 0, 'America/New_York');
    assert.equal(gap, iso('2024-03-10T07:30:00Z'));
    assert.equal(formatTime(gap, 'h:mm A ZZ', 'America/New_York'), '3:30 AM -0400');
    const overlap = wallClockToInstant(2024, 11, 3, 1, 30, 0, 'America/New_York');
    assert.equal(overlap, iso('2024-11-03T05:30:00Z'));
    assert.equal(formatTime(overlap, 'h:mm A ZZ', 'America/New_York'), '1:30 AM -0400');
  });

  it('round-trips every hour across a DST week', () => {
    for (const tz of ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe']) {
      for (let t = iso('2024-03-28T00:00:00Z'); t < iso('2024-04-09T00:00:00Z'); t += 1_800_000) {
        const [y, mo, d, h, mi, s] = formatTime(t, 'YYYY M D H m s', tz).split(' ').map(Number);
        const back = wallClockToInstant(y!, mo!, d!, h!, mi!, s!, tz);
        // In an overlap the earlier instant wins, so `back` may precede `t`.
        assert.ok(back <= t, `${tz} ${toISO(t)}`);
        assert.equal(formatTime(back, 'YYYY M D H m s', tz), formatTime(t, 'YYYY M D H m s', tz));
      }
    }
  });

  it('rejects unknown zones and non-integer fields', () => {
    assert.throws(() => wallClockToInstant(2024, 1, 1, 9, 0, 0, 'Europe/Atlantis'), {
      name: 'RangeError',
      message: 'unknown time zone "Europe/Atlantis"',
    });
    assert.throws(() => wallClockToInstant(2024, 1, 1.5, 9, 0, 0, 'UTC'), RangeError);
    assert.throws(() => wallClockToInstant(NaN, 1, 1, 9, 0, 0, 'UTC'), RangeError);
  });
});
