// Kitwork fuzz failure, program seed 585336329
// reason: V8 returned, VM threw
// V8: ok ["true",-1,false,"AB",[],-1]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading 'length')
// replay: node --import tsx test/fuzz/run.ts --replay 585336329

let s1 = "true";
const f2 = (p3 = 0) => {
  var x4 = (1 ?? p3);
  const n5 = (true ? 10 : Math.sign((~7)));
  const o6 = ({ 0: 9 });
  return (typeof false === "number");
};
let n7 = s1.indexOf('a');
function f8(p9 = (-1_000), ...rest10) {
  for (let i11 = 0; i11 < 20; i11++) {
    if ("hello".startsWith(s1)) {
      const o12 = ({ ...({ x: (-1), c: (0 / 0) }), ...({ 2: (-1e-7) }) });
      if (true) continue;
      var n13 = ((p9 << p9) % (8 % i11));
    } else if ((false && true)) {
      n7 = (+rest10[6]);
      let [, n14 = 2, n15 = 9007199254740993, ...a16] = (true ? rest10 : [(-1e-7), (1 / 0), 1, 2, 0, (-100)]);
    } else {
      if (rest10.length < 40) rest10.push((-(-10)));
      const a17 = rest10;
    }
    if ((true && false)) {
      [n7, p9] = [p9, n7];
      let n18 = Math.floor(i11);
    } else if ((8 <= Math.max(...rest10))) {
      const [n19 = 0o17] = (true ? [31, 0b101, 3] : rest10);
      p9 += (-9007199254740991);
    }
  }
  if ('  pad  '.includes('ÅÉü')) return "null".length;
  let n20 = p9;
  const b21 = ("x,y,z" == "");
  return Math.sqrt((-5e-324));
}
let b22 = (1e-7 >= Math.floor(f8()));
if (f2(n7)) {
  const n23 = ((s1.slice(0) > `x=${[1, 3, (-0.5), 10, 0.5]} ${100} ${s1}`) ? (s1.length % [31].length) : (n7 % (b22 ? (-2147483648) : n7)));
  b22 &&= ((n7 === n7) == [31, 6, 1.5e300].slice((-3), 2));
  const adder24 = (k) => (v) => v * k;
  const add25 = adder24(Math.round(n7));
} else if ((false ? [(0 / 0), (-255), (-0), 31, (0 / 0), 1e3] : [32, 123.456]).includes(s1.indexOf(s1))) {
  let s26 = ("  pad  ".length + 'ÅÉü').slice(0, 48);
} else {
  switch (f8(n7)) {
    case (-0):
      break;
    default:
      const n27 = (Math.min(Math.max(n7, n7), [(-0.1)].reduce((acc28, x29) => acc28 - x29, 2), [9, 4, (0 / 0), (-1_000), 10].reduce((acc30, x31) => acc30 * x31, 0)) / Math.min());
  }
}
let s32 = "\u0041\x42".toUpperCase();
var sa33 = [...[(0 / 0), 0, 1e-7, (-0), 2, 1], ...[10, (-0), 1e21, 2]].map((x34) => x34 + "").filter(p35 => b22).slice(0, 16);
b22 = b22;
s32 ??= sa33.join(", ").repeat(0).slice(0, 48);
return [s1, n7, b22, s32, sa33, Math.max(n7)];
