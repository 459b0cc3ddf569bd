// expect error: Converting circular structure to JSON
const o = {};
o.self = o;
return JSON.stringify(o);
