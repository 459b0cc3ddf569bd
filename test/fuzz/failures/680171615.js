// Kitwork fuzz failure, program seed 680171615
// reason: V8 returned, VM threw
// V8: ok [undefined,{"0":5,"a":-65535,"x":5,"k1":1.5},true,null,[5,-65535,5,1.5,15],null,"3.5"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 680171615

let x1 = ("s" && undefined);
const o2 = (["0", "true", '😀x'].includes("a b c") ? ({ "x": (-0), 2: 20, c: 2 }) : ({ ...({ a: (-65535), x: 5, "0": 5 }), k1: 1.5 }));
switch ((typeof ["q\"uote", "a-b-c", 'hello', '', "a b c"])) {
  case "a":
    let s3 = ((({}) !== undefined) ? ('b' + "-7") : ("\u0041\x42" + "hello")).slice(0, 48);
    if ((Math.max() > Math.abs((-256)))) {
      const n4 = ` ${(x1 || x1)} ${(9 >> (-0o17))}${[...[(-1000), 6], ...[(-.5), (-0b101), 3]]} end`.indexOf(s3);
      let b5 = (!123.456);
      const a6 = [0o17, ("0" + [2147483647, (-0), (-1), (-5), 0.1]).indexOf(("ab"[0] ?? 'ÅÉü'))].slice(0, 16);
    } else if (("\u0041\x42" > s3.padStart(0, "*"))) {
      s3 = ["tab\tend"].join("").slice(0, 48);
    }
    break;
  case "0":
    o2["2"] += [9, (-1 / 0), 7, 2.5].length;
    break;
}
for (let i7 = 0; i7 <= 17; ++i7) {
  const [n8, ...a9] = [4294967295, ...[4], ...[2, 0, 3, 9]];
  const n10 = ((a9["-7".length] ?? 2.5) & (+((-1.5) / false)));
  const fs11 = [];
  for (var i12 = 0; i12 < 3; i12++) {
    fs11.push((v) => v * i12);
  }
}
for (const it13 of "  pad  ".repeat(3)) {
  if ((![1e-7, 1])) continue;
}
x1 &&= x1?.length;
let b14 = Number.isInteger([0b101, 9, 9, 7].filter(p15 => false).indexOf((+[9, 7, (-7)])));
let caught16 = null;
try {
  if ((typeof x1 === "string")) throw new TypeError("u:range");
  let s17 = `x=${4}$${["true", "1e3"]}\`q`.slice(0, 48);
  s17 ??= (("null" + true) + s17).slice(0, 48);
} catch (e18) {
  caught16 = "outer";
} finally {
  let { a: n19 = 16 } = o2;
}
const a20 = [...Object.values(o2), ...[0o17].filter((p21) => b14)].slice(0, 16);
let caught22 = null;
try {
  const s23 = 'null'.trim();
  if ((("  pad  " === "3.5") || (!s23))) throw "zz";
} catch (e24) {
  caught22 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
}
const [s25 = "3.5"] = [].slice((-1));
return [x1, o2, b14, caught16, a20, caught22, s25];
