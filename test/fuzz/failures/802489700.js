// Kitwork fuzz failure, program seed 802489700
// reason: V8 returned, VM threw
// V8: ok [null,10,["","a","abc,def","1e3"]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 802489700

let caught1 = null;
try {
  let b2 = Number.isInteger((Number.isInteger([].length) ? 1 : 0));
  var o3 = ({ 0: Math.max(0.2, (-256)), "a": "12".length, 10: 6 });
  o3 = ({ b: 1000, y: 2147483648, k1: Math.abs(3), 10: 123.456 });
  if (["Hi there", "zz", "back\\slash", "3.5"].includes("b")) throw "a-b-c";
} catch (e4) {
  caught1 = typeof e4?.message === "string" && e4.message.slice(0, 2) === "u:" ? e4.name + "/" + e4.message : (e4?.name ?? e4);
} finally {
  let o5 = ({ a: 9007199254740993, z_: 16, "k1": 4 });
  const n6 = ["-7", "😀x", "zz"].length;
}
let w7 = 0;
do {
  w7++;
  const { x: n8 = 4, ...o9 } = (true ? ({}) : ({ "x": 3, "2": 42, "len": 0 }));
  for (let i10 = 0; i10 <= 10; ++i10) {
    if ((false && ("true" >= o9))) continue;
    if ("q\"uote".startsWith("x,y,z")) {
      const x11 = caught1;
      const [s12 = "12", s13] = Object.keys(o9);
    }
    let o15 = o9;
  }
} while (w7 < 10);
for (let i16 = 0; i16 < 12; i16 += 2) {
  var a17 = [(-1.5), 2147483648, 5, (-1 / 0), 6].slice((-1)).concat([10, i16, 0, 7, 1e-7]).map((p18) => [0].map(p19 => p18).indexOf((+[2.5, 31, 9, (-1)]))).slice(0, 16);
  a17 = a17.filter((p20) => false);
  for (let i21 = 0; i21 <= 2; i21++) {
    let [s22, s23 = "abc,def", ...sa24] = ["12", "a b c"];
  }
}
const sa25 = ['', "a", "abc,def", "1e3"];
function f26(p27, p28 = 'abc,def') {
  let caught29 = null;
  try {
    if ((!caught1)) {
      const a30 = [(-0b101), 3, 7, 10, 1.5].map((p31) => (0 / 0));
      if (a30.includes(6)) return ["😀x", "Hi there", "abc,def", "tab\tend"];
      let n32 = w7;
    }
    let { x: n33 = 10 } = ({ c: (0 / 0), y: (-4294967296), x: 8 });
    ++n33;
    if ((true && true)) throw new Error("u:" + p28.slice());
  } catch (e34) {
    caught29 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
  }
  for (const it35 of sa25) {
    let o36 = ({});
    if (((caught1 ?? w7) <= p28.length)) break;
    let [n37 = 10, n38 = 1, , ...a39] = Object.entries(o36).map((e40) => e40[1]);
  }
  var a41 = p27;
  let o42 = ({ 2: w7, c: 5e-324, 10: (0 / 0) });
  return "true".split(",");
}
return [caught1, w7, sa25];
