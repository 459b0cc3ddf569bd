// Kitwork fuzz failure, program seed 2044460268
// reason: V8 returned, VM threw
// V8: ok [{"b":10,"k1":-1000,"y":-Infinity},false,NaN]
// VM: throw TypeError: TypeError: f3 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2044460268

for (let i1 = 0; i1 <= 20; ++i1) {
  const n2 = (~((i1 >= i1) ? (i1 + i1) : i1));
}
const f3 = function (p4, p5) {
  if ((typeof ['😀x', "  pad  ", "3.5"] === "boolean")) {
    for (const it6 of ["true", "a-b-c"]) {
      p5 |= 2.5;
    }
  }
  let [n7 = 20, n8 = 8] = [4, 65535, 9, 123.456].filter((x9) => x9 === x9).sort((x9, y10) => x9 - y10);
  p4 = Math.ceil(p4);
  return (("s" && 'hello') ?? Number.isInteger(p5));
};
f3((+({})), [4294967295, 5, 3, 1, 0].length);
const o11 = (false ? ({ "y": (0 / 0) }) : ({ b: 10, k1: (-1e3), y: (-1 / 0) }));
let b12 = false;
f3(Math.min(0o17), [10].indexOf(7));
for (const it13 of "".toUpperCase()) {
  var s14 = 'Hi there'.charAt(3);
  if (((9 >> 3) === (4 | 1.5e300))) {
    let n15 = ((Math.round(3) / ((-0) | (-1 / 0))) % ((8 / 10) & (-4)));
    let s16 = s14.toUpperCase();
    b12 = (({ x: 3, 10: 42, k1: 1e21, "len": 10 }) == ["😀x", "line\nbreak"]);
  } else {
    const n17 = (+false);
    const s18 = (((n17 > n17) && (5 == 0)) ? (it13.split(", ").join(" ") + 'single') : s14).slice(0, 48);
  }
}
const n19 = ((-1e-7) ** 0.5);
return [o11, b12, n19];
