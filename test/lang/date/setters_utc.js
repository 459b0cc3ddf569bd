// expect: [1646308800000,1646049600000,1675252800000,1675206000000,1675213230500,1675216800500,1675303200000,951789600000,951868799999,5,12,null,null,1577836800000,null,1000,null,null]
// UTC setters and setTime, each returning the new time value.
const d = new Date(Date.UTC(2022, 0, 31, 12));
const r = [
  d.setUTCMonth(1), d.setUTCDate(0), d.setUTCDate(366), d.setUTCHours(-1), d.setUTCMinutes(120, 30, 500),
  d.setUTCSeconds(3600), d.setUTCMilliseconds(86400000), d.setUTCFullYear(2000, 1, 29), d.setUTCHours(23, 59, 59, 999),
  d.setTime(5), d.setTime("12"), d.setTime(8.64e15 + 1), d.getTime(), d.setUTCFullYear(2020), d.setTime(), d.setTime(1e3),
  d.setUTCMonth(), d.getUTCFullYear(),
];
return r;
