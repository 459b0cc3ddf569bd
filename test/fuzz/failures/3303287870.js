// Kitwork fuzz failure, program seed 3303287870
// reason: V8 returned, VM threw
// V8: ok [[4,4,3,0,4,32,NaN,10,0],47,17,null,-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3303287870

const a1 = (false ? [3, 65535, 0.5, 0, (0 / 0), (-2147483648)] : [4, 4, 3, 0, 4, 32]);
var n2 = ((6 & 3) << [1, 2, (1 / 0), 0, 2147483648].reduce((acc3, x4) => acc3 * x4, 0));
let w5 = 0;
while (w5 < 17) {
  w5++;
  const n6 = ((a1[1] ?? 1e21) % (n2 = 31));
  if ((Math.round((-1000)) <= Math.trunc(n2))) {
    if (a1.length < 8) a1.push((+[9, 10, 7, 9007199254740991, 0.5]));
    n2--;
  } else if ((n2 !== n6)) {
    let sa7 = [].map((x8) => `${x8}`);
  }
  if (('zz' !== "hello")) {
    var a9 = a1;
    if (a9.length < 8) a9.push(10, Math.abs(0));
  } else {
    for (let i10 = 0; i10 <= 8; i10 += 1) {
      let o11 = ({});
      if (a1.length < 40) a1.push((n2 & i10));
    }
  }
}
function rec12(xs, i = 0) {
  if (i >= xs.length || i > 40) return 0;
  return xs[i] + rec12(xs, i + 1);
}
function f13() {
  const a14 = [8, 32, 4294967295, 42];
  const o15 = ({ ...({ b: 9, "k1": 9 }), ...({ ...({ 2: (1 / 0), c: 8 }), ...({}) }) });
  let s16 = (typeof rec12);
  return ["a b c"].map((p17) => '3.5');
}
let caught18 = null;
try {
  const n19 = Math.max(...a1);
  const f20 = (p21, p22, p23) => {
    p23 = ("tab\tend" + false).slice(4).slice(0, 48);
    const x24 = null;
    p21 &&= p23.length;
    try {
      return a1.reduce((acc25, x26) => acc25 + x26, 2);
    } finally {
      for (var i27 = 15; i27 > 0; i27--) {
        f13();
        if (a1.length < 8) a1.push(rec12([]), Math.round(p21));
        const s28 = ` ${true}`.slice(0, 48);
      }
    }
  };
} catch (e29) {
  caught18 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
} finally {
  const o30 = ({});
  n2 += w5;
}
return [a1, n2, w5, caught18, "ÅÉü".indexOf("null")];
