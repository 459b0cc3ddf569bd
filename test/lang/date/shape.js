// expect: ["function","Date",7,7,1,0,true,"[object Object]","[object Date]",[],[4,3,2,1,3,2,1,1],[4,3,1,0,0],[],true,true,"object","number"]
// The constructor and prototype as JavaScript has them.
const p = Date.prototype;
return [
  typeof Date, Date.name, Date.length, Date.UTC.length, Date.parse.length, Date.now.length, p.constructor === Date,
  Object.prototype.toString.call(p), Object.prototype.toString.call(new Date(0)), Object.keys(new Date(0)),
  [p.setHours.length, p.setMinutes.length, p.setSeconds.length, p.setMilliseconds.length, p.setFullYear.length, p.setMonth.length, p.setDate.length, p.setTime.length],
  [p.setUTCHours.length, p.setUTCFullYear.length, p.toJSON.length, p.toLocaleString.length, p.getTime.length],
  Object.keys(p), new Date(0) instanceof Date, Object.getPrototypeOf(new Date(0)) === p, typeof new Date(0), typeof Date.now(),
];
