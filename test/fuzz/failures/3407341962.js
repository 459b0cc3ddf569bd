// Kitwork fuzz failure, program seed 3407341962
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:0
// VM: throw <value>: Error: u:0
// replay: node --import tsx test/fuzz/run.ts --replay 3407341962

const o1 = ({ "len": (0 / 0) });
var sa2 = ["q\"uote", "0", "q\"uote"].filter(p3 => true);
const f4 = (p5 = [1, 2]) => {
  if ((!3)) return o1;
  const b6 = (9 >= ((-1.5e300) / 1_000));
  for (const it7 of sa2) {
    o1["10"] ??= it7.length;
  }
  return o1;
};
function mk8(start, step = 1) {
  let c9 = start;
  return () => {
    c9 += step;
    return c9;
  };
}
const ctr10 = mk8((1 / 0));
sa2 = sa2;
const n11 = (('ab'.startsWith('Hi there') !== ('-7' != "")) ? `-${sa2}-${[0]}`.charCodeAt(0) : 10);
if (((0.5 / n11) != Math.round(10))) throw new Error("u:" + (sa2[1] ?? "x,y,z"));
return [o1, sa2, n11, "true"];
