// expect: [["t","x","1",true],["t","y","2",true]]
const p = new URLSearchParams("x=1&y=2");
const out = [];
const ctx = { tag: "t" };
p.forEach(function (value, key, self) { out.push([this.tag, key, value, self === p]); }, ctx);
return out;
