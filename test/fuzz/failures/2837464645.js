// Kitwork fuzz failure, program seed 2837464645
// reason: different results
// V8: ok [-9007199254740992,false,9007199254740992,0,"1E3"]
// VM: ok [-9007199254740992,false,"",0,"1E3"]
// replay: node --import tsx test/fuzz/run.ts --replay 2837464645

const { c: n1 = (-9007199254740993), x: n2 = (-1e3) } = (true ? ({}) : ({}));
for (let i3 = 0; i3 < 20; i3 += 3) {
  for (let i4 = 0; i4 < 15; ++i4) {
    let { a: n5 } = (false ? ({ a: (0 / 0), x: 0, k1: (0 / 0), c: 5 }) : ({ len: (-0), b: 7, 2: 10 }));
    var o6 = ({ ...({}), c: "ab".indexOf("back\\slash") });
  }
  let w7 = 0;
  while (w7 < 9) {
    w7 += 1;
    const a9 = [(-16), 9, 8].map(p10 => p10);
    const s14 = "zz".split(",").join("-");
    let [n15] = Array.from({ length: 4 }, (_, i16) => i16 * 10);
  }
}
function rec17(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec17(s, n - 1);
}
const b18 = ((Math.trunc(n2) / Math.min(n2)) < ((-0.2) ^ 2147483648));
let { len: n19 = 9, x: n20 } = ({ len: 0b101, "0": n1, k1: (-0) });
const n21 = ("".length - (false ? n19 : n1));
if ((!b18)) {
  var a22 = [(-0.2), 0, (-3.75), (-5e-324)].slice(3);
  var o23 = ({ "2": (Math.abs(n1) | ((-0) ** 1)), "y": 8, "10": (++n19), 0: a22.map((p26) => n21).reduce((acc24, x25) => acc24 - x25, 0), ["c"]: 0o17 });
} else if ((Math.trunc(n1) == ((-0) % n21))) {
  n19 = "".repeat(2).length;
  function f27() {
    let n28 = Math.round(n21);
    let { a: n29 } = ({ k1: 3, y: 4, ["k" + 1]: 10 });
    const { len: n30, ...o31 } = ({ z_: 2, a: 255 });
    return (o31.x ?? (-4));
  }
} else {
  if (('ÅÉü'.slice(0, 8) <= [].join(", "))) {
    const sa32 = Object.keys(({ 0: (-0) }));
  }
}
function mk33(start, step = 1) {
  let c34 = start;
  return () => {
    c34 += step;
    return c34;
  };
}
const ctr35 = mk33(6, 0o17);
const n36 = ctr35();
for (let i37 = 0; i37 < 4; i37 += 1) {
  if ((b18 && false)) {
    const a38 = [6, 20, 3].filter((x39) => x39 === x39).sort((x39, y40) => x39 - y40).filter((p41) => (n20 === null));
    var o42 = ({ ...({ y: 1_000, i37 }), ...({}) });
    o42.a = (b18 ? (-8) : (-0));
  }
}
return [n1, b18, n21, (+[]), "1e3".toUpperCase()];
