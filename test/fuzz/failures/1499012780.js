// Kitwork fuzz failure, program seed 1499012780
// reason: different results
// V8: ok ["a",NaN,0,"pad"]
// VM: ok ["a","",0,"pad"]
// replay: node --import tsx test/fuzz/run.ts --replay 1499012780

let caught1 = null;
try {
  let x2 = null;
  const n3 = (-16);
  const s4 = (("\u0041\x42".at(3) ?? "").at(0) ?? "");
  if ((typeof x2?.[0] === "undefined")) throw 'a';
} catch (e5) {
  caught1 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
}
const n6 = "3.5".slice().charCodeAt(3);
const f7 = () => {
  if ((!["abc,def", 'Hi there', "ÅÉü", "zz"].map((p8) => p8))) {
    var x9 = caught1;
    for (const it10 of ('x,y,z'[0] ?? 'single')) {
      var a11 = [0.2, 9].map((p12) => p12);
      if ((n6 !== 8)) continue;
    }
  }
  if ((n6 >= 31)) {
    let { b: n13 = 123.456, a: n14 = 9007199254740991, x: n15 } = ({ y: 2, "x": 3 });
    const b16 = ("" < '😀x');
    const s17 = ((0.2 & 3)).toFixed(2);
  } else if ((n6 != n6)) {
    const s18 = [(-0), 9, 0.1, (-1e3), 1].join(",").slice(0, 48);
  }
  const f19 = (p20) => {
    let caught21 = null;
    try {
      for (const it22 of "Hi there".trim()) {
        let s23 = (false ? it22 : "q\"uote");
      }
      if (("MiXeD".includes("b") && ("Hi there" !== "1e3"))) throw new RangeError("u:x");
    } finally {
      const a24 = [1, n6, (-0xff), 9007199254740991];
      let caught25 = null;
      try {
        p20 = p20;
        var a26 = [2, 7, 0, 3, 3].map(p27 => p27);
        const { b: n28, len: n29 = 1 } = ({ 0: 3.75, len: p20, c: p20, ["c"]: 6 });
      } catch (e30) {
        caught25 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
      }
    }
    try {
      return Math.trunc(2.5);
    } finally {
      let s31 = ((("  pad  " > "1e3") || false) ? "  pad  ".slice((-3)) : (p20 + 'x,y,z').toUpperCase()).slice(0, 48);
    }
  };
  let w32 = 0;
  while (w32 < 1) {
    w32 += 1;
    let sa33 = Object.keys(({ ...({ "x": 0, 0: 1 }), a: 7 }));
    const n34 = Math.max((n6 + n6), n6, n6);
  }
  return ({ 2: 7, b: (-1.5), len: 10 });
};
return [caught1, n6, (+[]), "  pad  ".slice(2, (-2))];
