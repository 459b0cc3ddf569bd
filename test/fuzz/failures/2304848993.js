// Kitwork fuzz failure, program seed 2304848993
// reason: different results
// V8: ok [1e+21,-1,[0,3,6,18,-355,0,-355,3,-355,6,-355,9,-355,12,-355,15,-355,18,-355,21,-355,24,-355,27,-355,30,-355,33,-355,36,-355,39,-355,42,-355,45,-355,48,-355,51],["1e3"],null]
// VM: ok [1e+21,-1,[0,3,6,4,-355,0,-355,3,-355,6,-355,9,-355,12,-355,15,-355,18,-355,21,-355,24,-355,27,-355,30,-355,33,-355,36,-355,39,-355,42,-355,45,-355,48,-355,51],["1e3"],null]
// replay: node --import tsx test/fuzz/run.ts --replay 2304848993

for (const it1 of Object.keys((true ? ({}) : ({ b: 8 })))) {
  let n2 = 3;
  const fs3 = [];
  for (let i4 = 0; i4 < 2; i4++) {
    fs3.push((v) => v * i4);
  }
  const adder5 = (k) => (v) => v + k;
  const add6 = adder5(Math.abs(1));
}
let n7 = Math.floor((true ? 1e21 : (-65535)));
var n8 = Math.trunc(Math.sign("1e3".indexOf("true")));
function rec9(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec9(s, n - 1);
}
const f10 = () => {
  let x11 = [(-10), 10, (-3.75), (-0)].filter(p12 => false);
  return [].filter((p13) => true);
};
switch ((false ? (-0) : n7)) {
  case 3: {
    break;
  }
  case 10:
    const adder14 = (k) => (v) => v * k;
    const add15 = adder14((~(-4)));
    const [s16] = ["MiXeD", "", 'MiXeD', "a", "0"].map(p17 => '0');
    break;
  case (-1): {
    break;
  }
}
if ((Math.abs(n8) > 8)) throw new RangeError("u:bad");
const a18 = Array.from({ length: 4 }, (_, i19) => i19 * 3);
if (a18.length - 1 < a18.length) a18[a18.length - 1] *= (+[2]);
const f20 = (p21 = 2, p22) => {
  n8 = a18.pop() ?? 4294967296;
  return (({}) || []);
};
let sa23 = ["  pad  ", "a b c", "hello", '1e3'].slice((-1));
let caught24 = null;
try {
  const a25 = a18.filter((p26) => true);
  let [n27] = a18.filter(p28 => true);
  for (let i29 = 0; i29 < 16; i29 += 3) {
    for (let i30 = 0; i30 < 18; ++i30) {
      if (a18.length < 40) a18.push(((-100) - 255), (3 * i30));
      let s31 = rec9(((n7 != (0 / 0)) ? rec9?.("b", (-1)) : "-7"), 5e-324);
      let [n32, n33 = 5] = a18.slice(2);
    }
  }
} catch (e34) {
  caught24 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
}
return [n7, n8, a18, sa23, caught24];
