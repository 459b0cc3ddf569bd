// expect: [{"0":"a","1":"x","2":"y","3":"c","length":4}, ["b"], {"0":1,"1":1,"2":1,"length":3}, {"0":"c","1":"b","2":"c","length":3}, "1,2"]
// Mutating methods on an array-like set and delete its properties and update length.
const P = Array.prototype;
const s = { 0: "a", 1: "b", 2: "c", length: 3 };
const removed = P.splice.call(s, 1, 1, "x", "y");
const f = { length: 3 };
P.fill.call(f, 1);
const cw = { 0: "a", 1: "b", 2: "c", length: 3 };
P.copyWithin.call(cw, 0, 2);
const t = { join() { return "1,2"; } };
return [s, removed, f, cw, P.toString.call(t)];
