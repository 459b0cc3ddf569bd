// Kitwork fuzz failure, program seed 3900667331
// reason: different results
// V8: ok [[1,15,5],"3,false,q\"uoteback\\slash,NaN","hello",false,-Infinity]
// VM: ok [[1,15,5],"3,[object Object],[object Object],NaN","hello",false,-Infinity]
// replay: node --import tsx test/fuzz/run.ts --replay 3900667331

let [n1, , ...a2] = ["a-b-c", ""].map((q3) => q3.length);
for (let i4 = 0; i4 <= 5; ++i4) {
  let o5 = ({ ...(([] !== null) ? ({ ...({ y: (-3.75), "b": (-5) }), ...({ 10: (-1 / 0), y: (-0o17), c: 9007199254740993, z_: 1 }) }) : ({ k1: 65535, b: 7, x: i4, z_: (-1) })), c: ((-1.5e300) / 2) });
}
const f6 = function (p7) {
  const n8 = (a2[(0b101 * 3)] ?? (-0));
  return n1;
};
function rec9(xs, i = 0) {
  if (i >= xs.length || i > 40) return 0;
  return xs[i] + rec9(xs, i + 1);
}
n1 = n1?.p?.length;
let x10 = `${["ÅÉü".length, (!({ z_: (1 / 0) })), ("q\"uote" + "back\\slash"), ('a' / ({ "2": 1e3, "x": (-9007199254740991), y: (1 / 0) }))]}`.slice(0, 48);
for (let it11 of [(-0.5), 0, (-0), 5]) {
  if (((-1 / 0) >= 3.75)) {
    let s12 = "x,y,z";
  }
  for (let i13 = 0; i13 <= 15; ++i13) {
    a2.pop();
    let caught14 = null;
    try {
      const a15 = [6, 10, 4294967296];
      let s16 = "zz".padEnd(6, "").toUpperCase();
      if ([(-9007199254740991), ...[(-100), 8, 0o17, 9007199254740991, 6, 1e3], ...a2].includes((it11 % (1 / 0)))) throw [];
    } catch (e17) {
      caught14 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
    } finally {
      const n18 = rec9(a2);
    }
    for (let i19 = 0; i19 < 1; i19 += 3) {
      if (a2.length < 64) a2.push((~0));
      a2 = [it11, i13, 1].slice().sort();
      n1 = x10;
    }
  }
  const f22 = (p23, p24) => {
    let [n25 = 5, , n26 = 7] = p24;
    const o27 = (false ? ({ z_: (-1000), len: 6, "2": 10 }) : ({ 2: 6, "b": 4, c: 8 }));
    try {
      return Object.values(o27);
    } finally {
      if ((typeof n1 === "object")) {
        o27.a += (true + it11);
      }
    }
  };
}
let caught28 = null;
try {
  rec9([(-10), 1.5, 10, 8].filter((p29) => false));
  var o30 = ({ "10": 1 });
  if (((true || false) && ((-1e21) <= 8))) throw 'hello';
} catch (e31) {
  caught28 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
} finally {
}
return [a2, x10, caught28, (100 < 32), (-1 / 0)];
