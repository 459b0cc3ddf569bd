// expect: ["start", "end"]
const out = [];
block: {
  out.push("start");
  if (out.length) break block;
  out.push("never");
}
out.push("end");
return out;
