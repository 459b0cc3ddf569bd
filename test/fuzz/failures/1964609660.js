// Kitwork fuzz failure, program seed 1964609660
// reason: different results
// V8: ok ["NaN",1,[8,2],null,NaN,false]
// VM: ok ["NaN","8,2",[8,2],null,NaN,false]
// replay: node --import tsx test/fuzz/run.ts --replay 1964609660

const f1 = (p2, p3, p4) => ({ k1: (false ? 7 : p4), y: 255, 2: p2, ["k" + 1]: 8 });
const f5 = (p6, p7, p8) => p7.length;
const x9 = `${("abc,def" * [])}`.slice(0, 48);
for (const it10 of "x,y,z") {
  const a11 = [(-0.2), ...[5].filter(p12 => true).map((p13) => (-p13)), ...[20, ...[(-0), 8], ...[9007199254740993, 4, 8, (-0), (-0)]].filter((x14) => x14 === x14).sort((x14, y15) => x14 - y15)].slice(0, 16);
  const n16 = it10.indexOf("0");
  const b17 = true;
}
for (let i18 = 0; i18 < 14; i18 += 2) {
  const s19 = JSON.stringify([x9]).slice(0, 48);
  const b20 = false;
}
const n21 = "0".split(" ").join(" ").length;
let n22 = f5(["abc,def"].map(p23 => "").map((q24) => q24.length), Object.keys(({})).join(", "), f5([7, 10].filter(p25 => true), '1e3'.padEnd(2, "0"), "null".indexOf("0")));
for (const it26 of Object.keys(({ "b": n21, 0: 0, "x": 2147483648 }))) {
  for (let i27 = 0; i27 < 7; i27++) {
    const a28 = [5, 6, 3];
    let caught29 = null;
    try {
      let x30 = (-n22);
      if (a28.length < 8) a28.push(i27);
      if ((it26 >= false)) throw "0";
    } catch (e31) {
      caught29 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
      const [n32 = 10, n33 = 1, ] = ["a", "abc,def"].map((q34) => q34.length);
    }
  }
  const s35 = ["null", 'hello', "0", "a b c", "null"].filter((p36) => true).join().slice(0, 48);
}
let caught37 = null;
try {
  const { len: n38 = 5, a: n39 = 5, ...o40 } = ({});
  const [n41 = (-4294967296)] = [(-10), ...[0xff, 7, .5, (-100), 0], ...[9, 8]];
  if ((!o40)) throw new Error("u:" + (true ? "b" : "MiXeD"));
} catch {
  caught37 = "caught";
}
n22 = ([8, 2] ?? (-5e-324));
switch ("a b c".length) {
  case (0 / 0):
    n22 = (-1 / 0);
    var a42 = [4].slice((-3)).map((p43, i44) => [1, 0.2, 2147483647, 10].length).map(p45 => ((true + p45) ^ p45));
    break;
  default:
    break;
}
return [x9, n21, n22, caught37, (n22 -= 3), (n22 >= n21)];
