// Kitwork fuzz failure, program seed 106289077
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1e3
// VM: throw <value>: Error: u:1e3
// replay: node --import tsx test/fuzz/run.ts --replay 106289077

let s1 = 'a'.padStart(6, "ab");
const o2 = ({ "b": [].reduce((acc3, x4) => acc3 + x4, 2), "y": ((-.5) - (-1 / 0)), 2: 2 });
for (const [k6, v7] of Object.entries(o2)) {
  const n8 = "12".repeat(2).length;
  const memo9 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((true ? v7 : v7));
  s1 = (s1 + (s1[1] ?? "true").toUpperCase()).slice(-48);
}
if (Number.isInteger(32)) throw new Error("u:" + "1e3".trim());
for (let i10 = 0; i10 <= 7; i10 += 1) {
  const o11 = o2;
}
const n12 = (true ? [(-0), 10].filter((p15) => false) : [(-1 / 0), 1_000, 7, 3].map((p16) => 8)).reduce((acc13, x14) => acc13 + x14, 0);
const f17 = (p18, p19 = [1, 2]) => p19.reduce((acc20, x21) => acc20 + x21, 1);
const f22 = () => {
  const a23 = [6, 5e-324, 7, 3, 0, (-2147483647)].slice((-2));
  o2.b = n12;
  const o24 = ({ ...({ y: f17?.([0, 0b101, 2, (-9007199254740991), 32, 6], a23), a: s1.length }), z_: 2 });
  return ((false || false) && (s1 !== s1));
};
let caught25 = null;
try {
  const a26 = [10].map((p27) => n12);
  if (["0"].includes("  pad  ")) {
    const s28 = ("1e3" + n12).toLowerCase().slice(3).slice(0, 48);
    var a29 = a26.concat(n12).filter((x30) => x30 === x30).sort((x30, y31) => x30 - y31).filter((x32) => x32 === x32).sort((x32, y33) => x32 - y33).slice(0, 16);
    const n34 = (((!a29) ? s1.length : (o2[10] ?? 6)) & Math.max());
  } else if ((typeof ({}) === "number")) {
    if (a26.length < 8) a26.push(((-1e-7) / n12));
  }
  let caught35 = null;
  try {
    const o36 = ({ ...o2, len: 3 });
    for (var i37 = 0; i37 <= 18; ++i37) {
      const [s38 = "a-b-c", s39 = "true"] = ["12", '3.5', "null", "\u0041\x42"];
      var s40 = (typeof n12).repeat(1).slice(0, 48);
    }
    for (const [k42, v43] of Object.entries(({ ...o2, b: n12 }))) {
      s1 = k42.toUpperCase();
      a26.pop();
      const { b: n44 = (-5), ...o45 } = ({ a: 10, 10: i37, 2: v43, 0: n12 });
    }
  } catch {
    caught35 = "caught";
  } finally {
    const n46 = (n12 ** 2);
  }
  if (((-1 / 0) != 8)) throw 'Hi there';
} catch (e47) {
  caught25 = typeof e47?.message === "string" && e47.message.slice(0, 2) === "u:" ? e47.name + "/" + e47.message : (e47?.name ?? e47);
}
return [s1, o2, n12, caught25, f17([], []), Math.sign(n12)];
