// Kitwork fuzz failure, program seed 3605481271
// reason: V8 returned, VM threw
// V8: ok [[9],-251,[9],"zz","zz"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3605481271

let b1 = ["😀x", "😀x", "hello", "3.5", "-7"].concat(["abc,def", "abc,def", "😀x"]).includes(("line\nbreak"[3] ?? 'zz'));
let a2 = [0, 255, (-0)].filter(p3 => false);
const s4 = "zz".split(",").join(" ");
for (const it5 of Object.keys(({ y: (-0), "0": 8, len: 2 }))) {
  let s6 = it5;
}
let { c: n7 = (-0xff) } = (true ? ({ len: 3, k1: 5, y: 0 }) : ({ y: 7, k1: (-1e3), "2": 100 }));
const a8 = [9].filter((x9) => x9 === x9).sort((x9, y10) => x9 - y10);
for (const [k12, v13] of Object.entries(({ x: (-0), 0: 1e21, y: (-0), "k1": 4294967296 }))) {
  if (a8.includes(n7)) {
    n7 = a8.pop() ?? 8;
    var n14 = (v13 - a2.indexOf(4));
  } else if ((!({ z_: 9, k1: (-0.5) }))) {
    const n15 = a8.map((p18) => v13).reduce((acc16, x17) => acc16 + x17, 1);
  } else {
    let n19 = (n7++);
    if ((Math.max(n19) >= n7)) {
      const a20 = [v13, 10];
      const b21 = b1;
    } else if ((a2.length == Math.ceil(v13))) {
      const x22 = [s4, ["\u0041\x42", "null", "b", "3.5"], v13];
      if (a2.length < 64) a2.push((+a8));
    }
  }
  const a23 = Array.from({ length: 3 }, (_, i24) => i24 * (-2));
  let caught25 = null;
  try {
    for (let i26 = 5; i26 > 0; i26--) {
      let o27 = ({ ...({ ...({ y: 4, z_: (-9007199254740991), "c": 2 }), a: i26 }), c: i26 });
    }
    const n28 = Math.max(...a8);
  } catch (e29) {
    caught25 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
    const a30 = [(+(v13 + k12)), n7, Math.trunc(1e3), n7, 2, (-1000)].slice(0, 16);
  }
}
if ([(-4294967296), 20].includes(Math.min())) {
  const f31 = (p32) => {
    for (const it33 of [(-1e-7), 1, 8, n7]) {
      switch (a2.length) {
        case "1":
          const x34 = ([] <= ["Hi there", "a b c", "null", "a-b-c"]);
          let x35 = "-7";
          break;
        case 10:
          break;
      }
      for (let i36 = 0; i36 < 20; ++i36) {
        const o37 = ({ "0": 6, "10": (-1000), c: 123.456, z_: (a8[0] ?? 31), n7 });
        let n38 = it33;
        p32 |= "0".indexOf('ab');
      }
    }
    return a8;
  };
}
return [a2, n7, a8, s4, s4];
