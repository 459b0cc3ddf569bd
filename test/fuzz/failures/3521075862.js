// Kitwork fuzz failure, program seed 3521075862
// reason: V8 returned, VM threw
// V8: ok [[6,NaN],[2,6],["x,y,z","zz","12","  pad  ","12"],{},true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3521075862

let a1 = (true ? (true ? [] : [1]) : [...[0xff]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2)).map(p4 => (Number.isInteger((p4 % p4)) ? 1 : 0));
const a5 = ["zz", 'single'].map((q6) => q6.length);
const sa7 = ["x,y,z", "zz", "12", "  pad  ", "12"];
var o8 = (false ? ({ len: 0.2 }) : ({}));
if (a1.length < 20) a1.push((true ? 6 : 4), (+a5));
for (let i9 = 0; i9 < 12; i9 += 2) {
  if ([7].includes(i9)) {
    let { x: n10, ...o11 } = o8;
    let s12 = "ab";
    const a13 = [(-0)].map(p14 => 2147483648);
  } else if ((i9 == (i9 + (-.5)))) {
    let w15 = 0;
    do {
      w15++;
      var a16 = a1.filter((p17) => false);
      var x18 = ({ p: (false || true), q: { r: a5 } });
    } while (w15 < 10);
  } else {
    let caught19 = null;
    try {
      const n20 = i9;
      if (3 < a1.length) a1[3] = (~n20);
      if ((true && (true && true))) throw '  pad  ';
    } catch (e21) {
      caught19 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
      const o22 = ({ ...({ 0: 4, k1: (-0.2) }), ...({ c: 65535, a: 1, "k1": 100 }) });
    }
  }
}
return [a1, a5, sa7, o8, true];
