// Kitwork fuzz failure, program seed 889825844
// reason: V8 returned, VM threw
// V8: ok ["objecta b ca b c/a b ca b c/a b ca b c/a b ca b ",NaN,{"10":6,"k1":NaN},[],6]
// VM: throw TypeError: TypeError: rec1 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 889825844

function rec1(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec1(n - 1) + rec1(n - 2);
}
let s2 = (typeof ({ len: 10, x: (-4) }));
const f3 = function () {
  switch (Math.sign(8)) {
    case "1":
      s2 = (s2 + s2.padEnd(0)).slice(-48);
      let caught4 = null;
      try {
        const o5 = ({ 2: (-2147483647) });
        s2 = (s2 + `a${["true"]} ${({})}$${null}\`q`).slice(-48);
      } catch (e6) {
        caught4 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
        const s7 = `x=${"a b c"}`.slice(0, 48);
      }
      break;
  }
  let w8 = 0;
  do {
    w8++;
    let caught9 = null;
    try {
      let n10 = (s2[3] ?? "3.5").length;
    } catch (e11) {
      caught9 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
      const o12 = ({ ["c"]: (-20) });
    }
    let o13 = ({ a: (8 | 5), 2: 6 });
  } while (w8 < 1);
  const o14 = ({ k1: Math.sign(w8), b: 5, y: 2, 10: (-0) });
  const a15 = [...[3, 6], ...[6, 0]].slice().sort().slice(0, 16);
  return a15;
};
let n18 = rec1(((["", "3.5"] - 5) ?? (3.75 * 0)));
var o19 = ((n18 > n18) ? ({ ...({ x: 2147483647 }), len: 31 }) : ({ ...({ 10: 6 }), k1: n18 }));
const sa20 = [];
function rec21(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec21(s, n - 1);
}
let w22 = 0;
while (w22 < 6) {
  w22++;
  s2 = (s2 + rec21('a b c'.repeat(1), [0.1, 7, 9, 8].reduce((acc23, x24) => acc23 + x24, 2))).slice(0, 48);
}
return [s2, n18, o19, sa20, w22];
