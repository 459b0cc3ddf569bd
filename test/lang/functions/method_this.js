// expect: ["a", "b"]
function who() { return this.name; }
const a = { name: "a", who };
const b = { name: "b", who };
return [a.who(), b.who()];
