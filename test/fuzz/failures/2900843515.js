// Kitwork fuzz failure, program seed 2900843515
// reason: V8 returned, VM threw
// V8: ok ["-31",{"x":32,"k1":1},[-0,-2,-4,-6,-5,-0,NaN,19],"1e3","ab\\tend\"\"tab\\tend\"\"tab\\tend\"\"tab\\tend\"\"tab\\tend\"","tab\tend",10]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2900843515

const s1 = JSON.stringify((-31)).slice(0, 48);
let o2 = ({ 2: (-0), y: 5 });
const a3 = Array.from({ length: 4 }, (_, i4) => i4 * (-2));
if (a3.length < 8) a3.push((-0b101), [255, 3, 20, (-65535)].reduce((acc5, x6) => acc5 * x6, 0));
let [s7, s8 = "a b c"] = ["a-b-c"].map((p9) => "1e3");
for (let i10 = 0; i10 < 13; i10 += 1) {
  if (('Hi there' != "q\"uote")) break;
  if (("1e3" === "x,y,z")) {
    const [s11, ...sa12] = Object.keys(o2);
    var a13 = [0b101, 6, (-5), (-3.75), 1000].filter(p14 => false);
    for (const it15 of a13) {
      var n16 = i10;
    }
  } else {
    if ((s8 < i10)) break;
    let caught17 = null;
    try {
      s7 = s7;
      delete o2["2"];
      if ((false && false)) throw Number(s1);
    } catch (e18) {
      caught17 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
    }
  }
}
const s19 = "tab\tend";
if (a3.length < 40) a3.push((+[2, (-256), (-4), 0]), a3.reduce((acc20, x21) => acc20 - x21, 2));
o2 &&= ({ "x": 32, k1: 1 });
function f22() {
  const a23 = [...[10, (-0), 7, 7]].filter((x24) => x24 === x24).sort((x24, y25) => y25 - x24);
  const n26 = Math.trunc(1.5e300);
  return 8;
}
let w27 = 0;
while (w27 < 10) {
  w27 += 1;
  delete o2.z_;
  s8 = (s8 + JSON.stringify(s19)).slice(-48);
  if (([] === s19)) {
    let sa29 = (s19 + "x,y,z").split("|").filter((p30) => (!["ab", "b", "12", "line\nbreak"].map(p31 => p31))).slice(0, 16);
    let caught32 = null;
    try {
      if (a3.length < 8) a3.push(s19.indexOf(s19));
      if ((false || true)) throw f22();
    } catch (e33) {
      caught32 = "outer";
    } finally {
      s8 = s19;
      var s34 = (JSON.stringify([s7]).repeat(3) + ("a" + "0").slice()).slice(0, 48);
    }
  } else {
    const [n35 = 1, n36 = 0.5] = a3.filter(p37 => false);
    const n38 = (0xff + n36);
  }
}
return [s1, o2, a3, s7, s8, s19, w27];
