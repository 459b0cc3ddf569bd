// Kitwork fuzz failure, program seed 1912218827
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u: Hi there,null:4,8,-5,10,1000!
// VM: throw <value>: Error: u: Hi there,null:4,8,-5,10,1000!
// replay: node --import tsx test/fuzz/run.ts --replay 1912218827

for (let i1 = 0; i1 < 4; i1 += 2) {
  const a2 = [(-0), 1, 7, (-1.5)];
}
let s3 = "null";
const fs4 = [];
for (let i5 = 0; i5 < 5; i5++) {
  fs4.push((v) => v * i5);
}
let caught6 = null;
try {
  let { x: n7 = 9007199254740993, c: n8 } = ({ "len": (-255), k1: 256, 10: (1 / 0), a: 0.5 });
  for (const it9 of ['a-b-c', 'a', "b"]) {
    let o10 = ({ ...({}), ...({}) });
    for (let i11 = 0; i11 <= 14; i11 += 1) {
      let [, n12 = 8, ...a13] = [(-7)].filter(p14 => false);
    }
  }
  if (([1, 2147483648, 2, 1e3] < ({ k1: (-4294967296) }))) throw undefined;
} catch (e15) {
  caught6 = "outer";
} finally {
  if ((({ x: 8 }) == 0.5)) {
    for (const it16 of [(0 / 0), 3, 31, 7, 0]) {
      var n17 = it16;
      --n17;
    }
  } else {
    let w18 = 0;
    while (w18 < 2) {
      w18 += 1;
      let [n19 = 0.2, n20 = 6] = [5].concat(8);
    }
  }
}
const n21 = ["x,y,z"].length;
let a22 = [3, (-.5), 2, 5e-324].slice().sort();
const a25 = [...[6, 0.2, 0, 3, 255, 2], ...a22].slice(0, 16);
if ((n21 <= n21)) throw new Error("u:" + ` ${['Hi there', "null"]}:${[4, 8, (-5), 10, 1_000]}!`);
let caught26 = null;
try {
  for (let i27 = 4; i27 > 0; i27--) {
    if (Number.isInteger((false + i27))) {
      var a28 = [(-0o17), 10, Math.max(n21, n21), 1, 31, 5e-324];
      const o29 = ({ x: 10, "0": 4294967295, k1: 0.2, z_: 4294967296 });
      const o30 = ((n21 >= n21) ? ({ ...({ k1: 5, c: 4, b: 8 }), z_: 5 }) : ({ ...o29, ...o29 }));
    } else if ((!["3.5", "ab", "\u0041\x42", "a", "abc,def"])) {
      if ((false || false)) continue;
    }
    let a31 = ["Hi there", 'a', 'b'].map((q32) => q32.length).concat(n21).slice(0, 16);
  }
  const a33 = (true ? a22 : a25).filter(p34 => (!s3));
  const n35 = n21;
  if (a33.includes(n35)) throw new Error("u:" + 'ÅÉü');
} catch (e36) {
  caught26 = "outer";
} finally {
}
return [s3, caught6, a22, a25, caught26];
