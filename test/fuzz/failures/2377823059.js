// Kitwork fuzz failure, program seed 2377823059
// reason: V8 returned, VM threw
// V8: ok [[9,10,11,12,13,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456,NaN,123.456],{"x":10,"y":NaN},false,{"len":0.2,"c":3,"y":2},9,11,[12,13,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456,123.456],5,0]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2377823059

const f1 = () => ({ ...({ ...({ len: 0.2, c: 3 }), y: 3 }), y: [].reduce((acc2, x3) => acc2 * x3, 2) });
var a4 = [9, 1.5, (-123.456), 10, 8].slice().sort().map((p7, i8) => (9 + i8)).filter(p9 => (("a b c" != "zz") || (8 <= p9)));
var o10 = ({ x: 10 });
if ((a4.filter(p11 => true) == (a4 == ({ z_: 2.5, "2": (-0), k1: 1_000, len: 7 })))) throw a4.reduce((acc12, x13) => acc12 * x13, 2);
const b14 = (typeof "" === "object");
for (let i15 = 0; i15 <= 20; i15++) {
  if (a4.length < 64) a4.push(((0 / 0) / (-4)), (+[123.456]));
  let o16 = ({ ...({}), c: i15 });
}
if (((-0) !== 7)) {
  var a17 = ("" + ({ z_: 9007199254740993, "a": 4, "k1": 16 })).split("-").map((q18) => q18.length).slice(0, 16);
  let n19 = Math.abs(Math.max(...a4));
  let caught20 = null;
  try {
    if (a17.length < 64) a17.push((n19++));
  } catch (e21) {
    caught20 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
    f1();
  } finally {
    ++n19;
  }
} else if ((false && true)) {
  const o22 = o10;
  const s23 = "".repeat(1).slice(0, 48);
} else {
  let w24 = 0;
  while (w24 < 17) {
    w24++;
    if (b14) continue;
    const x25 = Object.keys(o10);
  }
  if (([32, 256, 9, 0b101, 7] > false)) {
    const o26 = ({ len: 1, 0: 2, 2: w24, k1: (31 >>> w24) });
    let [n27 = 10] = [3, 1, 0, 4, 100].filter((p28) => true);
  }
}
let o29 = o10;
o10["y"] += 7;
const [n30 = 0.2, n31, n32, ...a33] = a4.filter((x34) => x34 === x34).sort((x34, y35) => x34 - y35);
const o36 = ({ ...o29 });
o29 = f1();
let x37 = undefined;
for (const it38 of a33) {
  let x39 = ["Hi there", ""];
  const f40 = (p41, ...rest42) => ("😀x" + a4).slice(0, 48);
  x39 = `${(o29 / (x37 === undefined))}`.slice(0, 48);
}
return [a4, o10, b14, o29, n30, n32, a33, [6, (1 / 0), 9, 1e3, 8].length, (+false)];
