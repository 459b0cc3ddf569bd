// expect: [null,true,"Invalid Date","Invalid Date","Invalid Date","Invalid Date","Invalid Date","Invalid Date","Invalid Date",null,"{\"d\":null}",[true,"Invalid time value"],null,null,null,"Invalid Date","Invalid Date1",null]
// An invalid Date: NaN time value, "Invalid Date", toJSON null, toISOString a RangeError.
const d = new Date("not a date");
let iso;
try { d.toISOString(); } catch (e) { iso = [e instanceof RangeError, e.message]; }
return [
  d.getTime(), isNaN(d), String(d), d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toLocaleString(),
  d.toLocaleDateString("en-US", { timeZone: "Nowhere/None" }), d.toJSON(), JSON.stringify({ d }), iso, d.getFullYear(), d.getUTCDay(),
  d.getTimezoneOffset(), `${d}`, d + 1, +d,
];
