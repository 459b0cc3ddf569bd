// Kitwork fuzz failure, program seed 2454846312
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:ÅÉü
// VM: throw <value>: Error: u:ÅÉü
// replay: node --import tsx test/fuzz/run.ts --replay 2454846312

const f1 = () => {
  let w2 = 0;
  do {
    w2++;
    if ((8 !== 2)) return ["back\\slash", 'a', "ÅÉü"].map(p3 => p3);
  } while (w2 < 8);
  let w4 = 0;
  while (w4 < 4) {
    w4++;
    const a5 = [(-2), 7].concat(w2).filter((p6) => [32, 9, (-32), (-16), 10].includes(p6)).filter((p7) => ((w2 > p7) && (true || true))).slice(0, 16);
  }
  for (const it8 of ["true", 'null', "-7", "abc,def"].map(p9 => p9)) {
    for (const it10 of Object.keys(({ ...({ "len": (-256), z_: (-0.5), "x": (1 / 0) }), ...({ y: 5, 10: 31, len: 8, z_: 2147483648 }) }))) {
      const o11 = ({ "y": 7, c: 7, "x": .5, b: (-1 / 0) });
      let { len: n12 = (-2.5), ...o13 } = o11;
      let n14 = Math.trunc((+(!false)));
    }
    let [n15 = (-65535), , n16 = (-0), ...a17] = [(-100), w4, (-.5), (0 / 0)];
  }
  let [n18, , n19 = 6, ...a20] = [7, 2, 2, 1, 7].concat((-5e-324));
  return Object.keys(({ z_: 0, x: 1, c: (-0) })).slice(2);
};
for (var i21 = 0; i21 <= 14; i21 += 1) {
  const f22 = function (...rest23) {
    f1();
    return Array.from({ length: 3 }, (_, i24) => i24 * 3);
  };
  if ([6, 0xff, 10, 42, 2147483648].includes(20)) break;
}
function rec25(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec26(n - 1);
}
function rec26(n) {
  return n > 0 ? rec25(n - 1) : false;
}
for (let i27 = 0; i27 < 12; i27 += 2) {
  const f28 = () => (("Hi there"[1] ?? "a-b-c").at(0) ?? "");
  const n29 = ["abc,def", "  pad  ", '12', "line\nbreak"].length;
  const s30 = "Hi there".charAt(4);
}
if ([3, 10, 8, 0o17, 2, .5].includes(i21)) throw new Error("u:" + (true ? "ÅÉü" : "x,y,z"));
const f31 = (p32, p33 = [1, 2], p34) => {
  const n35 = i21;
  const x36 = [];
  for (const it37 of "x,y,z".padEnd(5, "ab")) {
    if ((![])) {
      const n38 = Math.min(7, p34, (0 / 0));
      const a39 = p33;
      if ((x36 !== undefined)) throw new Error("u:" + (true ? "hello" : "  pad  "));
    }
    p32 = [5].filter((p40) => false);
    p33 = p33;
  }
  return ("b" + "line\nbreak").indexOf("x,y,z".toUpperCase());
};
return [i21];
