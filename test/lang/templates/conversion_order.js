// expect: ["|1", "a0-b1", "x:1"]
const a = [];
const first = `${a}|${a.push(1)}`;
let n = 0;
const o = { toString() { return "a" + n++; } };
const p = { toString() { return "b" + n++; } };
const second = `${o}-${p}`;
const arr = [1];
const third = `x:${arr}${arr.push(2) ? "" : "?"}`;
return [first, second, third];
