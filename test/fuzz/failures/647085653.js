// Kitwork fuzz failure, program seed 647085653
// reason: different results
// V8: ok ["00ÅÉü\nfalse!",undefined,null,NaN]
// VM: ok ["00ÅÉü\nfalse!",undefined,"-Infinity,16,2,1000,-100",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 647085653

for (let i1 = 0; i1 < 18; i1 += 3) {
  let { c: n2 = 2, len: n3, b: n4 = (-4294967295) } = ({ 10: (-123.456), y: (-1 / 0), b: i1, c: i1 });
  if ((({ a: 2147483647, x: n4, len: 8, 2: 4 }) <= [...[(-9007199254740991), 3, 8, 3, 7], ...[3, 1e-7, 10, 0o17, 7, 3.75]])) {
    if ((!false)) break;
    if (true) {
      const x6 = null;
    } else {
      if ((typeof [true] === "string")) break;
    }
  } else {
    let { c: n7, a: n8 = 4294967295, x: n9 = 1000, ...o10 } = ({ c: i1 });
    let w11 = 0;
    while (w11 < 19) {
      w11 += 1;
      const { len: n12, b: n13, a: n14 = (-1e-7) } = ({});
      if ((n2 < (-9007199254740991))) continue;
    }
  }
  let [n15 = .5, n16, ...a17] = [1, ...[(0 / 0), 2147483648, (-1e3)], ...[31, 9, 2, 3.75, 10, 4]];
}
for (let i18 = 0; i18 < 8; i18++) {
  const n19 = (-1.5e300);
}
let s20 = "MiXeD";
s20 = ([0b101, 0.2, 1e21, 0xff, 8].includes(255) ? "true".slice(1, 4) : (s20 + "ÅÉü")).slice(0, 48);
const x21 = undefined;
const x22 = null;
for (const it23 of s20.toUpperCase()) {
  if ((true || true)) {
    for (let i24 = 0; i24 <= 4; i24 += 1) {
      const a25 = [2147483647, (true + i24)].slice().sort();
      if (a25.length < 20) a25.push([100, 5e-324, (-4294967296), 16, 5e-324, 4].reduce((acc28, x29) => acc28 + x29, 1), 6);
      var x30 = `${[[3, 2, 1e3, 1e21].concat(a25), (s20 + "-7")]}`.slice(0, 48);
    }
    var o31 = ({ a: (-5), z_: (true ? [0o17] : [(-5), 100, 42, 0o17]).reduce((acc32, x33) => acc32 + x33, 2) });
    let w34 = 0;
    do {
      w34++;
      var sa35 = Object.keys(o31).concat(["  pad  ", "MiXeD", '-7', "a-b-c"].map(p36 => "Hi there")).slice(0, 16);
    } while (w34 < 3);
  } else {
    const n37 = (-1e21);
  }
  for (let i38 = 0; i38 <= 3; i38 += 1) {
    if (((-0) === [(-0), (-4294967296), 9, 5e-324, 42].reduce((acc39, x40) => acc39 + x40, 2))) {
      s20 = (s20 + it23).slice(0, 48);
    }
    let a41 = [8, (-255), i38, 9, i38, 1].slice((-3), 0);
    for (let i42 = 0; i42 < 2; i42++) {
      var a43 = a41;
    }
  }
  s20 = ("ÅÉü".padStart(5, "0") + `\n${false}!`).slice(0, 48);
}
return [s20, x21, x22, (+[(-1 / 0), 16, 2, 1e3, (-100)])];
