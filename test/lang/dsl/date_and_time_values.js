// clock: 2022-03-01T09:00:00Z
// expect: [true, true, "2022-03-01T09:00:00.000Z", "1970-01-01T00:00:00.000Z", true, 1646092800000, "2022-03-01T09:00:00.000Z", ["RangeError", "invalid time value (an Invalid Date)"], "1970-01-01T00:00:00.000Z", 0, -1, "Invalid Date", true, "1970-01-01 00:00"]
// now().date() is a Date on the run's clock; time(date) reads one; a Date casts like a time value.
const d = now().date();
let invalid;
try { time(new Date(NaN)); } catch (e) { invalid = [e.name, e.message]; }
const later = now().date();
later.setUTCHours(0);
return [
  d instanceof Date, d.getTime() === Date.now(), d.toISOString(), time(new Date(0)).iso(), time(new Date()).ms() === now().ms(),
  later.getTime(), new Date(now()).toISOString(), invalid, new Date(0).string(), new Date(0).int(), new Date(NaN).int(-1),
  new Date(NaN).string(), later.getTime() !== now().ms(), time(new Date(0)).format("YYYY-MM-DD HH:mm"),
];
