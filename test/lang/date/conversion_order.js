// expect: ["2022-03-01T01:02:03.004Z",["y","m","d","h","mi","s","ms","nan-mi","utc-y","utc-m","valueOf"],0]
// tz: UTC
// Arguments are converted in order, before the date is read (even an invalid one).
const log = [];
const n = (v, name) => ({ valueOf() { log.push(name); return v; } });
const d = new Date(n(2022, "y"), n(2, "m"), n(1, "d"));
d.setHours(n(1, "h"), n(2, "mi"), n(3, "s"), n(4, "ms"), n(5, "extra"));
new Date(NaN).setMinutes(n(1, "nan-mi"), n(2, "nan-s"));
Date.UTC(n(2022, "utc-y"), n(0, "utc-m"));
const fromString = new Date({ toString() { log.push("toString"); return "2022-03-01"; }, valueOf() { log.push("valueOf"); return 0; } });
return [d.toISOString(), log, fromString.getTime()];
