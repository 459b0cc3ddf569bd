// Kitwork fuzz failure, program seed 2667204832
// reason: different results
// V8: ok [[8,5e-324,NaN,NaN],{"k1":1,"len":-0.1,"z_":8},NaN,NaN,"3.0"]
// VM: ok [["-10,1,3,20",[-10,1,3,20],NaN,NaN],{"k1":1,"len":-0.1,"z_":8},NaN,NaN,"3.0"]
// replay: node --import tsx test/fuzz/run.ts --replay 2667204832

const a1 = [8, 5e-324, (1 % (-0)), (+[(-10), 1, 3, 20]), 0b101];
a1.pop();
const o2 = ({ ...({ k1: (-7), ["k" + 1]: 1 }), ...({ "len": (-0.1) }) });
o2.z_ = ((0 / 0) ^ 8);
for (const it3 of ('ab' + a1)) {
  const o4 = ({ ...({ len: 9007199254740993, "c": 4, "x": 0.5 }), len: 7 });
  for (let i5 = 7; i5 > 0; i5--) {
    const n6 = (o4?.k1 ?? (-0));
  }
}
const s7 = (typeof true);
function f8(p9, p10, p11 = [1, 2]) {
  let o12 = o2;
  function f13(p14, p15) {
    if ([6, p9, 1, (-256), (0 / 0), 8].includes(Math.min(...a1))) {
      for (let i16 = 0; i16 < 12; ++i16) {
        if ((["b", "0", "abc,def", 'a'].join() < "ÅÉü")) throw "";
      }
    }
    const s17 = ((p9 !== (p9 ^ p10)) ? (("12"[0] ?? '1e3')[2] ?? 'MiXeD') : p14);
    return p15.padEnd(4, "");
  }
  var s18 = [2, (-1 / 0), 8, 10, (-5e-324)].join(",").split(", ").join("-").slice(0, 48);
  o12["0"] = p9;
  return Object.keys(o12);
}
const n19 = (('' + ({ b: 3 })).length * 0.2);
if (([] === undefined)) {
  const a20 = a1.filter(p21 => (s7 + s7).startsWith(String(true))).slice(0, 16);
  for (let i22 = 0; i22 < 1; ++i22) {
    if ((true && true)) {
      f8(6, (n19 ** 0), a20.filter((p23) => false));
      const s24 = `:${n19}\n${[]}\`q`.slice(2, 5).slice(0, 48);
    }
    for (let it25 of Object.keys(o2)) {
      const a26 = [1000, ...[(+"")], ...['-7', "tab\tend"].filter(p27 => false).map((q28) => q28.length)].slice(0, 16);
      o2.a += (-3.75);
      a1.pop();
    }
  }
}
let a29 = [6, ...a1, ...a1].slice(0, 16);
switch ((6 / 3)) {
  case 2:
    break;
  case (-0):
    const o30 = o2;
    break;
  case "1":
    break;
}
const s31 = `a${false}-${["ab", "b", "-7"]} ${false} end`.toLowerCase().slice(0, 48);
const n32 = (true ? s31 : '-7').length;
const n33 = (Math.floor(a1.reduce((acc34, x35) => acc34 * x35, 2)) + n32);
return [a1, o2, n33, Number(s31), (n19).toFixed(1)];
