// Kitwork fuzz failure, program seed 2097506706
// reason: different results
// V8: ok [[-1,0.1],1,undefined,{},1,null,false,false,"  pad  -7"]
// VM: ok [[-1,0.1],1,undefined,{},0,null,false,false,"  pad  -7"]
// replay: node --import tsx test/fuzz/run.ts --replay 2097506706

let a1 = [20, (1 / 0), 0b101, 4, (-0)].map(p2 => 0.1);
let { b: n3 = 4, c: n4 } = ({ ...({ z_: (-1e3), y: (-0) }), len: (-0.2) });
--n3;
const o5 = ((Number("12") >= n3) ? ({}) : ({ ...({ y: 7, 10: n3, x: (-2147483647) }), k1: (n4 ?? 7) }));
n3 = ((-1.5e300) - n3);
function f6() {
  if ((!"x,y,z")) {
    n3 = a1.pop() ?? 9;
  } else if ((n3 <= n3)) {
    let caught7 = null;
    try {
      let x8 = (n4 ?? Object.keys(o5));
      if ((7 !== n3)) throw new RangeError("u:x");
    } catch (e9) {
      caught7 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
    }
    const a10 = [...a1, ...a1].filter((p11) => (true && false)).slice(0, 16);
  }
  n3 ||= (Math.sqrt(n3) >> (true + (-256)));
  ++n3;
  return (0 ?? n3);
}
var n12 = (n3 *= (+false));
a1.pop();
if (0 < a1.length) a1[0] = (--n3);
n12++;
let caught13 = null;
try {
  for (const [k15, v16] of Object.entries(o5)) {
    n3--;
  }
  switch ((-2.5)) {
    case 3:
      n3 /= ((0 / 0) % n3);
      break;
    default: {
      if ((typeof n4 === "string")) throw new Error("u:" + "  pad  ".toUpperCase());
      for (const it17 of a1) {
        n12 >>= (+[]);
        var b18 = (a1.includes(f6()) || (("0" + '') !== (it17 + "ÅÉü")));
        a1.pop();
      }
    }
  }
  if (false) throw "\u0041\x42";
} catch (e19) {
  caught13 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
}
const b20 = ["a", 'hello', "x,y,z", "true"].map(p21 => p21).includes("tab\tend");
const f22 = (p23, p24, ...rest25) => JSON.stringify([1e21, 6, 100, 5, (-0)].indexOf(p23)).slice(0, 48);
return [a1, n3, n4, o5, n12, caught13, b20, ("len" in o5), ("  pad  " + "-7")];
