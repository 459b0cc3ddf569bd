// expect: ["a=1&b=2&a=3","m=1","a=1&b=2&a=3&copy=yes"]
const p = new URLSearchParams([["a", "1"], ["b", "2"], ["a", "3"]]);
const q = new URLSearchParams(new Map([["m", "1"]]));
const r = new URLSearchParams(p);
r.append("copy", "yes");
return [p.toString(), q.toString(), r.toString()];
