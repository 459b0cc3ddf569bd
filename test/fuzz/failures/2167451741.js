// Kitwork fuzz failure, program seed 2167451741
// reason: different results
// V8: ok [{"k1":0,"a":3,"b":NaN},2147483647,[42],[]]
// VM: ok [{"k1":0,"a":3,"b":NaN},2147483647,["0"],[]]
// replay: node --import tsx test/fuzz/run.ts --replay 2167451741

var o1 = ([1e21, 1, (-0)].includes((-0b101)) ? (false ? ({ "10": 4 }) : ({ len: 7, 10: (-1 / 0), "k1": 0 })) : ({ k1: 0, "a": 3 }));
function f2() {
  if (((20 / (-1e-7)) !== Math.floor(9007199254740991))) {
    const a3 = [...[(-1 / 0), (-0.5), 5e-324], ...[2, 2, 1e-7]].filter((p4) => (![7])).slice(0, 16);
    switch ((a3[0] ?? (-2))) {
      case (-0):
        const x5 = `${(([(-0), (-0), 4, 4, 1_000] / (-1)) || ({ ...({ 0: 1_000, k1: 2, 2: 8 }), k1: 2 }))}`.slice(0, 48);
        let o6 = ({ 10: "1e3".length, "c": Math.sqrt((-5e-324)) });
        break;
      case 2:
        break;
      case 10:
        break;
      case (0 / 0): {
        const x7 = `${((["1e3", "tab\tend"] * false) && ("s" ?? false))}`.slice(0, 48);
        break;
      }
    }
    const [n8, , , ...a9] = [...[7, 7, 3], ...a3];
  } else {
    let w10 = 0;
    while (w10 < 18) {
      w10++;
      let x11 = o1?.a;
      let [s12 = 'true', , ...sa13] = ["12", "b"];
    }
    let b14 = (JSON.stringify(8) !== JSON.stringify(["😀x", "😀x"]));
  }
  return ["0", "hello"];
}
for (const it15 of Object.keys(o1)) {
  let [n16 = 2] = [9, 65535, 3.75, (0 / 0), 20, 10].map(p17 => p17);
}
var n18 = Math.floor(2147483647);
var a19 = [42].filter((p20) => true);
function rec21(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec21(n - 1) + rec21(n - 2);
}
var n22 = (([] ?? 255) ?? "a b c".length);
if ((n18 <= [2].length)) {
  a19 = [8, rec21((-1 / 0))];
  const { len: n23 = 20, x: n24 = (-1 / 0) } = ({ 10: 2, ...o1 });
}
if (a19.length - 1 < a19.length) a19[a19.length - 1] += (n22 / n18);
o1["b"] += "null".indexOf("line\nbreak");
const f25 = () => {
  let caught26 = null;
  try {
    if ((n22 >= 31)) return rec21(1);
    const o27 = o1;
    if (("s" === null)) throw "ab";
  } catch (e28) {
    caught26 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
  } finally {
  }
  return 2;
};
return [o1, n18, a19, n22];
