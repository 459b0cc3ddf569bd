// expect: ["a", "b"]
const queue = ["a", "b", "", "c"];
const out = [];
let item;
while ((item = queue.shift()) && out.length < 5) out.push(item);
return out;
