// Kitwork fuzz failure, program seed 3333385892
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1e3
// VM: throw <value>: Error: u:1e3
// replay: node --import tsx test/fuzz/run.ts --replay 3333385892

const sa1 = [].concat(["3.5", 'a']).filter((p4) => (4 != (-1))).slice().sort().slice(0, 16);
function mk5(start, step = 1) {
  let c6 = start;
  return () => {
    c6 += step;
    return c6;
  };
}
const ctr7 = mk5(7);
const n8 = "3.5".padEnd(6, "*").length;
if (([(-1e3), 2, (-1 / 0), (-1e-7), 4, 255].indexOf(3) < n8)) throw new Error("u:" + (false ? "a b c" : "1e3"));
if ((true || false)) {
  if ((sa1.slice(0) !== (!({ 0: 10, k1: 1_000 })))) {
    const n9 = ctr7();
    const a10 = [];
  } else if ((true || true)) {
    for (const it11 of sa1) {
      const n12 = ctr7();
      const [n13 = 4, n14 = 9, n15 = 6] = [6].filter((p16) => false);
      const sa17 = ["line\nbreak", "hello", "ÅÉü", "null"];
    }
    for (var i18 = 4; i18 > 0; i18--) {
      ctr7();
      sa1.pop();
      var n19 = ("tab\tend" + "12").length;
    }
  } else {
    let n20 = n8;
  }
}
if ([(-32), 0, 7, (-0b101), 1, (-2.5)].concat([]).includes([].indexOf(n8))) {
  sa1.pop();
  for (let it21 of [n8]) {
    let [s22 = "a", ...sa23] = sa1;
    const x24 = [];
  }
  for (const it25 of [n8, 3.75, (-32)]) {
    const b26 = (false && true);
  }
} else {
  const a27 = [5e-324].filter((x28) => x28 === x28).sort((x28, y29) => x28 - y29).filter((p30) => (p30 >= n8));
  if ((n8 == (-0.5))) {
    let x31 = ((6 ?? a27.includes(n8)) ?? (sa1[3] ?? "a"));
    const n32 = 16;
  } else if (a27.includes(n8)) {
    if ((a27.includes(5) || Number.isInteger(4))) {
      let s33 = JSON.stringify(a27).split("").join(",").slice(0, 48);
      ctr7();
    }
  } else {
    let s34 = ("hello" + "Hi there").slice(0, 48);
  }
}
const { x: n35 } = (false ? ({ "z_": (-2147483647), "c": (-10), len: 9 }) : ({ 2: 3, c: 4294967295, "k1": 6 }));
return [sa1, n8, n35];
