// Kitwork fuzz failure, program seed 512626310
// reason: V8 returned, VM threw
// V8: ok [["1e3"],-4,[-0],1,null,false]
// VM: throw TypeError: TypeError: f15 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 512626310

for (const it1 of "abc,def".split(",")) {
  for (let i2 = 0; i2 <= 14; ++i2) {
    const s4 = "b".slice(6);
    let s5 = JSON.stringify(true).slice(0, 48);
  }
}
for (let i6 = 0; i6 <= 9; i6++) {
  for (const it7 of [i6]) {
    let w8 = 0;
    while (w8 < 3) {
      w8 += 1;
      if (('ab' >= 'null')) break;
    }
  }
  let s9 = ("abc,def"[1] ?? 'x,y,z').repeat(0).slice(0, 48);
}
const sa10 = "1e3".split("|");
sa10.sort();
for (let i11 = 5; i11 > 0; i11--) {
  const o12 = ({});
}
const n13 = (-[3.75, 7, (-0), (-4)].map((p14) => p14).length);
const f15 = (p16) => {
  for (let i17 = 12; i17 > 0; i17--) {
    const s18 = ("abc,def" + []).trim().slice(0, 48);
    let b19 = (((true + i17) * Math.round(p16)) === ((true || true) ? [4, 6, 5, (-0)].indexOf(p16) : Math.max(p16)));
    const n20 = "Hi there".length;
  }
  return 0.2;
};
const a21 = [(-0)].filter((p22) => true);
let n23 = Math.trunc(f15((+[1000])));
n23++;
let caught24 = null;
try {
  let caught25 = null;
  try {
    if ((Number.isInteger(n23) < a21)) {
      const o26 = (false ? ({ 0: 1e-7 }) : ({ c: 9007199254740993, len: (-0) }));
    } else if ((false && true)) {
      let { x: n27, b: n28, a: n29 = 3.75, ...o30 } = ({ 10: 8, k1: 4 });
      if (a21.length < 8) a21.push(Math.trunc(n29), (false ? n29 : n29));
    } else {
      const b31 = (({ p: "a b c".split(","), q: { r: (false ?? sa10) } }) === null);
    }
    for (const it32 of [123.456, n23, 1, 4294967296]) {
      const n33 = "a-b-c".indexOf("zz");
      const a34 = [65535, 7, 7, 0].map(p35 => n33);
    }
  } catch (e36) {
    caught25 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
  } finally {
    let a37 = [];
    const x38 = `${(`a${(false ? "abc,def" : "Hi there")}$${sa10}\n${a21.slice().sort()}` + ((false || false) ? (true ? ({ y: 3, 2: 2147483647 }) : ({ 2: (-0.1), a: 2 })) : ({ 2: n23 })))}`.slice(0, 48);
  }
  if (false) throw new Error("u:" + "b".padEnd(0, "0"));
} catch (e41) {
  caught24 = typeof e41?.message === "string" && e41.message.slice(0, 2) === "u:" ? e41.name + "/" + e41.message : (e41?.name ?? e41);
}
return [sa10, n13, a21, n23, caught24, false];
