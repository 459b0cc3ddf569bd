// Kitwork fuzz failure, program seed 3221729919
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:HELLO
// VM: throw <value>: Error: u:HELLO
// replay: node --import tsx test/fuzz/run.ts --replay 3221729919

for (let i1 = 0; i1 < 16; i1 += 2) {
  const f2 = function (p3) {
    --p3;
    let a4 = [0, ...[(-3.75), "back\\slash".indexOf("12"), 0b101, 6, 0.1], ...Object.keys(({ x: (-4294967295) })).map((q5) => q5.length)].slice(0, 16);
    return '3.5'.trim();
  };
  var n6 = ((+undefined) ^ (+({})));
}
let o7 = ({ ...({}), a: 32 });
const a8 = [8].slice(2);
const f9 = (p10, p11, p12) => {
  if (false) {
    p11 = (true ? p11 : p11);
  } else if ((10 === 9)) {
    let o13 = ({ ...o7, b: p12.slice().indexOf("12".split(" ").join("-")) });
    if (a8.length < 20) a8.push((16 ** 1), Math.max((1 / 0)));
  } else {
    o7["0"] ??= [(-0), (-1 / 0), 1, 2, 9].reduce((acc14, x15) => acc14 + x15, 1);
  }
  return Math.round((~(-10)));
};
if ((({ "x": 1, 2: 1.5 }) === Array.from({ length: 1 }, (_, i16) => i16 * (-2)))) {
  const acc17 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
} else if (a8.map((x18) => x18 + "").includes(a8.join("|"))) {
  if (a8.length < 64) a8.push(Math.sign(4294967296));
  if ([].includes(3.75)) {
    if (a8.length < 64) a8.push(Math.floor((-31)), (~2));
  } else if (false) {
    o7.b ??= (7 - 3);
    o7 ??= o7;
  } else {
    let n19 = (6 - 8);
  }
}
a8.pop();
if (Number.isInteger(7)) throw new Error("u:" + "hello".toUpperCase());
if (((false && true) && ("ab" < '-7'))) {
  for (let i20 = 15; i20 > 0; i20--) {
    var b21 = true;
    const b22 = b21;
  }
}
return [o7, a8, f9("hello", 9, "12"), "x,y,z"];
