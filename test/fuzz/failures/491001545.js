// Kitwork fuzz failure, program seed 491001545
// reason: V8 returned, VM threw
// V8: ok [[3.5,1,NaN,1000],3.5,1,"😀x",["3.5","1"],[],3]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 491001545

const a1 = [].map((p2, i3) => i3);
if (a1.length < 40) a1.push((4 - 0.5), (2147483647 % 1.5));
let [n4, n5] = a1;
for (let i6 = 0; i6 <= 19; ++i6) {
  let caught7 = null;
  try {
    if (((undefined == undefined) || (!["x,y,z"]))) throw i6;
    n5 = n5;
    for (const [k9, v10] of Object.entries(({ ...({ z_: 255, 0: 5, x: 6 }), ...({ y: 3, a: 123.456, x: 3 }) }))) {
      const s11 = "q\"uote";
      if (false) break;
      const n12 = Object.keys(({ 2: (-9007199254740993), x: 7 })).join(", ").length;
    }
    if ((3 <= i6)) throw new RangeError("u:range");
  } catch {
    caught7 = "caught";
  }
}
const s13 = "😀x";
let sa14 = a1.map((x15) => x15 + "");
for (const it16 of [7]) {
  const sa17 = a1.map((x18) => `${x18}`);
  for (var i19 = 6; i19 > 0; i19--) {
    let b20 = (Math.min(...a1) !== (+false));
  }
  if ((!n4)) {
    if (a1.length < 8) a1.push((i19 / (-16)));
  } else if (((8 ** 10) <= (a1[0] ?? 8))) {
    sa14 = sa17;
  }
}
if (a1.length < 8) a1.push((+[(-0), 0, (-1_000), (-0), (-0), (-1 / 0)]), (1_000 + (-0)));
var a21 = a1.slice((-1), (-1));
return [a1, n4, n5, s13, sa14, a21, s13.length];
