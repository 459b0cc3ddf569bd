// Kitwork fuzz failure, program seed 2159093507
// reason: different results
// V8: ok [[0,1,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN,NaN],null,null,-113.76393202250021,[],false]
// VM: ok [[],null,"TypeError",-113.76393202250021,[],false]
// replay: node --import tsx test/fuzz/run.ts --replay 2159093507

function f1(p2 = (-1 / 0), p3 = 1_000, p4 = 10) {
  const { len: n5, x: n6 = 5, c: n7 = 1_000 } = ({ ...({ "b": (-5), 0: 4294967295, "10": 6, a: 0.5 }), c: (0 / 0) });
  p3 &&= Math.trunc(9);
  return (true ? "zz" : "-7");
}
let a8 = [];
let caught9 = null;
try {
  let w10 = 0;
  while (w10 < 11) {
    w10++;
    f1((-5), (false ? 3 : 3), (~0));
  }
  if ((("a b c" != "ÅÉü") <= [].length)) {
    for (const it11 of "Hi there".split("|")) {
      const n12 = (+({ p: (true ? ({ x: (-0b101), 0: 9, 10: (-2) }) : ({ "b": 1.5 })), q: { r: false } }));
      const o13 = ({ 10: 6, a: a8.join(",").length });
      const s14 = it11.padEnd(2).slice();
    }
    const [n15 = 7] = a8;
    if ((true && true)) throw 'ab';
  } else if (((w10 + "ÅÉü") < ("zz" + ""))) {
    const s16 = "b".toUpperCase();
  }
  let caught17 = null;
  try {
    const n18 = w10;
    let x19 = null;
    if ((!false)) throw false;
  } catch (e20) {
    caught17 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
    const o21 = ({ ...({ ...({ 0: w10, 2: (-1e-7) }), z_: (false ? w10 : w10) }), ...({ ...({ y: (0 / 0), ["c"]: .5 }), ...({ ...({}), ...({ z_: 9007199254740993, a: 2147483648, y: 5, c: 7 }) }) }) });
  }
  if (([7, (-1), 7].reduce((acc22, x23) => acc22 * x23, 1) == Math.round(20))) throw new RangeError("u:bad");
} catch (e24) {
  caught9 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
  const n25 = a8.length;
}
a8 ??= [0.5, 6, 8, 0].concat([]).slice(2, (-2)).slice(0, 16);
let caught26 = null;
try {
  for (var i27 = 0; i27 <= 11; i27++) {
    if (a8.length - 1 < a8.length) a8[a8.length - 1] += a8.reduce((acc28, x29) => acc28 - x29, 1);
    if (a8.length < 20) a8.push((+a8), Math.min((-65535)));
  }
  if (["b"].slice().sort((x30, y31) => x30.length - y31.length).includes("-7".slice((-1), 7))) throw new Error("u:" + 'hello');
} catch (e32) {
  caught26 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
  a8 ||= ((!7) ? [].filter((p33) => false) : a8.map(p34 => p34));
}
a8 = a8;
let n35 = (Math.sqrt(5) - "true".charCodeAt(0));
var a36 = a8.slice((-3), 5);
const b37 = ([(-1.5e300), 7, 0] === ({}));
return [a8, caught9, caught26, n35, a36, b37];
