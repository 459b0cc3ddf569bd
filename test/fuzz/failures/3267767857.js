// Kitwork fuzz failure, program seed 3267767857
// reason: different results
// V8: ok [[],false,{"p":0,"q":{"r":[]}},[1,1,-65535,0,2147483647],{"n2":-255,"k1":{"p":0,"q":{"r":[]}},"len":7},NaN]
// VM: ok [[],false,"[object Object]",{"p":0,"q":{"r":[]}},{"n2":-255,"k1":{"p":0,"q":{"r":[]}},"len":7},NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3267767857

const a1 = [(-0)];
var b2 = ((JSON.stringify(false) !== 'a-b-c'.charAt(1)) > ["", "q\"uote", "12", "😀x"].concat(["abc,def", "hello", "tab\tend", 'Hi there', 'zz']).filter(p3 => false));
b2 = (((1 / 0) <= 1e21) || b2);
for (const [k5, v6] of Object.entries((false ? ({ c: (-2147483647), len: 1_000, "2": (-100), 0: 0 }) : ({})))) {
  switch (k5) {
    case "x,y,z":
      break;
    case "hello":
      if ((typeof false === "string")) continue;
      break;
    case "0":
      break;
    case "ab": {
      if ((k5 !== "3.5")) {
        let s7 = (Math.max(v6, v6, v6)).toFixed(3);
        let n8 = v6;
        let a9 = [(-8), k5.slice(5).length, 1.5e300];
      } else {
        const a10 = a1.filter(p11 => b2);
      }
      break;
    }
    default:
      const s12 = "MiXeD".repeat(2).slice(0, 48);
      break;
  }
  var n13 = (true ? 10 : v6);
  let a14 = a1.filter(p15 => b2).slice((-2));
}
const n16 = (({ p: 0, q: { r: [] } }) ?? (b2 ? (-0xff) : 4));
let caught17 = null;
try {
  const x18 = 0.1;
  var b19 = (typeof null === "number");
  a1.pop();
  if (((b2 ? "abc,def" : "x,y,z") >= "abc,def")) throw [1, 1, (-65535), 0, 2147483647];
} catch (e20) {
  caught17 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
}
const o21 = ({ ...({ ...({ ["n" + 2]: (-0xff) }), k1: n16 }), len: 7 });
b2 = (1 > 20);
return [a1, b2, n16, caught17, o21, (5 / n16)];
