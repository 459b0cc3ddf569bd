// Kitwork fuzz failure, program seed 285904047
// reason: V8 returned, VM threw
// V8: ok ["NaN",null,65025]
// VM: throw TypeError: TypeError: String is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 285904047

const s1 = String(((true ? ({}) : ({})) % ("3.5" + 'single'))).slice(0, 48);
function f2(p3, p4) {
  p3 = (false ? p4 : p4);
  for (let i5 = 0; i5 < 15; ++i5) {
    if (((9007199254740991 <= 9) <= (typeof null === "object"))) continue;
    let n6 = s1.split("|").join(" ").length;
    p4 ??= ((!0) ? p4 : Math.abs(0b101));
  }
  const a7 = (true ? [1.5e300, 2.5] : []);
  return ({ ...({ "b": 8, 10: (-0), 2: (-20), x: 7 }), ...({ 0: 7, "10": p3, p4 }) });
}
let caught8 = null;
try {
  const x9 = `${([(({}) === "zz"), null, [].map((p10) => 'single'), Math.sign(3)] ?? (({ p: (0 / 0), q: { r: [(-0), 1, 42, (-10), 0] } }) - Object.keys(({ 0: 5, "10": 4, z_: (0 / 0), 2: (-123.456) }))))}`.slice(0, 48);
} catch (e11) {
  caught8 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
} finally {
  if (((4 % (0 / 0)) === (0 - 16))) {
    const sa12 = "hello".split(", ").filter(p13 => (typeof undefined === "number"));
    let caught14 = null;
    try {
      if (sa12.length < 8) sa12.push(s1);
      if (sa12.length < 40) sa12.push(`$${false} end`.slice(0, 48));
      const x15 = `${[[6].reduce((acc16, x17) => acc16 * x17, 2), (true ? ({}) : ({ k1: 123.456, "z_": 1, "2": 5, x: 10 })), [(-1 / 0), ...[256, (0 / 0), 5, 6, (-8)], ...[(-4294967295), 65535, 65535, 20, 0b101]], ({ ...({ 10: (-5e-324) }), b: 5 })]}`.slice(0, 48);
    } catch (e18) {
      caught14 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
    }
    const n19 = (-(false ? 10 : (-0xff)));
  } else if (((-0) !== 10)) {
    for (let i20 = 0; i20 < 3; i20 += 3) {
      const n21 = (false + 1e21);
    }
    for (let i22 = 0; i22 < 19; i22 += 1) {
      let { x: n23 } = ({ ...({ z_: (1 / 0), "k1": (-5e-324), "x": 4 }), len: i22 });
    }
  } else {
    let w24 = 0;
    while (w24 < 6) {
      w24++;
      const n25 = [(-1000), 0, (-32), 2, 1, 2147483648].indexOf((-0));
    }
    if (true) {
      const n26 = 2147483648;
    }
  }
  const a27 = [...[5, 16], ...[2, (1 / 0), .5, (-1e21), 1, 0]].map((p28) => ((-8) * (-16))).slice(0, 16);
}
if (((-16) === (-2147483648))) {
  const s29 = (s1 + "ab").slice(0, 48);
} else if ((((1 / 0) / 4) == (false ? (-4294967296) : 7))) {
  f2("abc,def".length, Math.max());
  const n30 = (-(9 - 2));
} else {
  let [, ...a31] = [1, (-31), 2].slice(3, 0);
}
return [s1, caught8, ((-0xff) ** 2)];
