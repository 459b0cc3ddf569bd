// Kitwork fuzz failure, program seed 2839148917
// reason: V8 returned, VM threw
// V8: ok [18,{"0":3.75,"a":18,"z_":-123.456,"i1":18},false,{"0":3.75,"a":18,"z_":-123.456,"i1":18},false,3.75,"true-  pad  -3.5-back\\slash",false,"s"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2839148917

for (var i1 = 0; i1 < 18; i1 += 3) {
  const n2 = 9;
  for (const [k4, v5] of Object.entries(({ ...({ b: 8, 10: 1e21, "x": (-0) }), y: n2 }))) {
    for (let i6 = 1; i6 > 0; i6--) {
      let s7 = "";
    }
    for (let i8 = 0; i8 < 1; i8 += 2) {
      let { a: n9 = 0, len: n10 = 10 } = (true ? ({}) : ({ 10: 2147483648 }));
    }
  }
}
const o11 = ({ "a": i1, 0: 3.75, z_: (-123.456), i1 });
const b12 = [i1, (-0xff), 2.5].includes((+[1, 8, 8, 8, 9007199254740993, 9007199254740991]));
const o13 = o11;
var b14 = ((1 === undefined) || [].includes("Hi there"));
let n15 = (o11.y ?? 3.75);
let s16 = ["true", "  pad  ", "3.5", "back\\slash"].join("-").slice(0, 48);
for (let i17 = 0; i17 < 18; i17++) {
  const f18 = (p19, p20 = (-7)) => {
    switch ((0 / 0)) {
      case (-1):
    }
    return o11;
  };
  const f21 = function (p22) {
    s16 = `a${(0 ?? ({ "y": (-2147483648) }))}!`.slice(0, 48);
    switch (n15) {
      case 2: {
        break;
      }
      case (-0):
        break;
      case (-1):
        break;
    }
    return i1;
  };
}
for (let i23 = 17; i23 > 0; i23--) {
  if ((i23 < 8)) continue;
}
function rec24(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec24(n - 1) + rec24(n - 2);
}
for (let i25 = 0; i25 <= 3; i25++) {
  let b26 = b14;
}
for (const it27 of Object.keys(o11)) {
  b14 = ((!({ "c": 5, 10: 4 })) || [10, 1e3].includes(n15));
  const a28 = (b12 ? [1000, 16, (-0), (-1e21), 2147483648] : [(-1 / 0), (1 / 0), 2, (-1 / 0), 7]).map((x29) => x29 + "").map((q30) => q30.length);
  const s31 = ((5 + "ÅÉü") + JSON.stringify(i1)).slice(0, 48);
}
return [i1, o11, b12, o13, b14, n15, s16, [(-0.1), (-3.75), 5, 31, 10, 8].includes(n15), s16.slice((-2), (-1))];
