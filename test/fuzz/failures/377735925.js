// Kitwork fuzz failure, program seed 377735925
// reason: different results
// V8: ok [2,10,undefined,-20,true,NaN]
// VM: ok [2,"9007199254740992,0,0",[9007199254740992,0,0],-20,true,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 377735925

let [, n1 = 1, n2 = 10] = [2].map(p3 => 7);
let x4 = `${(([] ?? false) / [4294967295].join("|"))}`.slice(0, 48);
function rec5(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec5(s, n - 1);
}
let n6 = (-20);
n1++;
if ((true && false)) {
  let a7 = [(-1000), 2, 9, 1, 5, 8].filter(p8 => true);
  const f9 = () => ({ ...({ 10: (-0.2) }), z_: n6 });
} else {
  let n10 = Math.abs(Math.max(n1));
}
const b11 = ((+("tab\tend" + "")) !== (n6 + Math.sign(4294967296)));
if ([(0 / 0), 2, (-0xff)].includes(3)) {
  let caught12 = null;
  try {
    n1 = (+"true".startsWith("q\"uote"));
    let caught13 = null;
    try {
      let n14 = (({ z_: (-10) }) ?? Number("a-b-c"));
      if (b11) throw new RangeError("u:range");
    } catch (e15) {
      caught13 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
    }
  } catch (e16) {
    caught12 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
    for (let i17 = 0; i17 < 7; i17 += 2) {
      let x18 = (b11 ? ({}) : null);
      if ((x4 === undefined)) continue;
      const [n19 = 2147483647, , n20] = [(-0.2)].slice().sort();
    }
  }
  let [n23 = 0, n24 = 6] = ["0", "ÅÉü", "-7", 'ab'].map((q25) => q25.length);
}
x4 = x4?.p;
const f26 = function (p27, p28 = (-0)) {
  if ((x4 !== undefined)) {
    if (("tab\tend".slice() !== rec5("back\\slash", 8))) {
      let x29 = x4?.length;
      let a30 = [...[[(-2.5), (-0)].length, (p28 / 10), 6, 1.5e300], ...[].concat([16, 0.1, 7, 1e21]).slice(3)].slice(0, 16);
      if ([(-0), 9, 9, 1000, 1e21, 3].includes((-42))) throw new Error("u:" + `-${a30}`);
    } else {
      let o31 = ({ a: (-0.5) });
    }
    if ((!({ b: (0 / 0), k1: 7, x: 255 }))) {
      n1 ||= (p27 / 4294967296);
      let a32 = [9007199254740993, 1].map((p33) => n2);
    } else {
      if (((true ? true : undefined) == null)) return "abc,def".length;
      var n34 = (((!x4) ? (n1 ^ n1) : (false ? n2 : p27)) >> (n1--));
    }
  }
  return [(-0), (-0), (0 / 0), (-9007199254740993)].length;
};
return [n1, n2, x4, n6, b11, (+[9007199254740993, 0, 0])];
