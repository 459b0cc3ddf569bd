// Kitwork fuzz failure, program seed 2760786549
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:12
// VM: throw <value>: Error: u:12
// replay: node --import tsx test/fuzz/run.ts --replay 2760786549

if (('MiXeD' === "0".slice())) {
  const memo1 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })("a".indexOf("0"));
  let caught2 = null;
  try {
    const o3 = ({ ...({ ...({ ...({ 2: 0, z_: 0xff, c: 1e21 }), ...({ x: 5, "k1": (-0xff) }) }), x: Math.max(3, 7, 0) }), ...({ ...({}), z_: (-2) }) });
    switch (("q\"uote"[0] ?? "zz")) {
      case "ab":
        if ((["ab", "Hi there", "tab\tend", "ab"].length === Math.min(5))) throw "ab";
      case "0":
      case "":
        const x4 = ["MiXeD"];
        break;
      case "hello":
    }
    let caught5 = null;
    try {
      let o6 = ({ z_: (-4294967296), y: Math.ceil((1 >>> 2147483648)) });
    } catch (e7) {
      caught5 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
    }
    if ((true || true)) throw new Error("u:" + "  pad  ".trim());
  } catch {
    caught2 = "caught";
  }
  const n8 = ("Hi there"[1] ?? "Hi there").indexOf("a".repeat(0));
}
let [n9 = 3, n10 = (0 / 0), ...a11] = [9, ...[9007199254740993], ...[256, (-7), 10, 8]];
const f12 = () => "ÅÉü".split("");
n9 = a11.pop() ?? 0.1;
const a13 = [...[...a11].filter((x14) => x14 === x14).sort((x14, y15) => y15 - x14)].filter((x16) => x16 === x16).sort((x16, y17) => y17 - x16).concat(((n9 !== n9) ? (~(-0)) : (-n9))).slice(0, 16);
n9 >>>= n10;
for (let i18 = 20; i18 > 0; i18--) {
  let w19 = 0;
  do {
    w19++;
    let o20 = ({ y: 8, b: ((n10 * 5) / n9), c: 0 });
    if ((n10 > 2)) {
      if (a13.length < 40) a13.push((-0), [5].length);
      let a21 = (true ? a11 : a11).map((p22, i23) => Math.min(n10, i18)).slice(2);
      const [s24 = "ÅÉü"] = ["true", "b", 'MiXeD'].concat(["12", "hello", "null", ""]);
    }
    const s25 = `x=${"1e3"}!`.slice(0, 48);
  } while (w19 < 6);
}
n9 <<= Math.max(...a11);
const a26 = Array.from({ length: 5 }, (_, i27) => i27 * 9);
var x28 = ((("tab\tend" == "zz") ? [8, (-5e-324)].filter(p29 => false) : undefined) ?? null);
if ((null == undefined)) throw new Error("u:" + "12".toUpperCase());
return [n10, a11, a13, a26, x28];
