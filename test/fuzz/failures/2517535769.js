// Kitwork fuzz failure, program seed 2517535769
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:$false-0-true,true,single,ÅÉü,back\slash
// VM: throw <value>: Error: u:$false-0-true,true,single,ÅÉü,back\slash
// replay: node --import tsx test/fuzz/run.ts --replay 2517535769

if ((("ÅÉü" + "😀x") != "Hi there".split("").join("|"))) throw new Error("u:" + `$${false}-${0}-${["true", "true", 'single', "ÅÉü", "back\\slash"]}`);
const n1 = (-(1 / 0));
let [s2 = "line\nbreak"] = Object.keys(({ c: (-1e-7), y: 100 }));
let w3 = 0;
while (w3 < 9) {
  w3 += 1;
  for (const it4 of Object.keys(({ 10: (-16), "c": (-42) }))) {
    const { len: n5 = 7, x: n6, b: n7 = (0 / 0), ...o8 } = ({ a: n1, 2: 4, c: 10, n1 });
    let sa9 = [...["a b c"]].sort((x10, y11) => (x10 < y11 ? 1 : x10 > y11 ? -1 : 0));
    const { b: n12 = 0o17 } = o8;
  }
  const s13 = (['hello', "Hi there", "3.5"].includes("abc,def") ? (false ? s2 : s2) : (n1 + s2)).slice(0, 48);
}
let caught14 = null;
try {
  for (const it15 of Object.keys(({ ...({ len: 10, c: (0 / 0), "y": (-1 / 0), "0": (-1e21) }), x: w3 }))) {
    const n16 = Math.min((w3 ^ n1), (-1000));
    const n17 = ((w3 != (-0)) ? (true ? n1 : n1) : [5, 1, 16, 0.2].indexOf(w3));
    let caught18 = null;
    try {
      s2 = (s2 + (true ? it15 : s2)).slice(0, 48);
      const sa19 = ["null", 'true', "tab\tend", "MiXeD", "0"];
      s2 = (s2 + it15.slice(1, (-1))).slice(-48);
    } catch (e20) {
      caught18 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
      const n21 = ((-0) ** 3);
    } finally {
      let b22 = (!(false == undefined));
      if ((n16 >= "".indexOf(s2))) break;
    }
  }
  if ((('a-b-c' + ({ y: 3, 0: 8, 10: 5, b: 31 })) == s2.split("").join(", "))) throw (false ? n1 : n1);
  if ((false != false)) throw "a-b-c";
} catch (e23) {
  caught14 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
} finally {
  s2 = (s2 + (w3 + s2)).slice(0, 48);
}
s2 = (s2[1] ?? "zz");
const memo24 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((2 * n1));
if ((w3 >= Math.sign((-31)))) {
  let o25 = ({ ...({ "len": 3.75 }), x: [].map(p28 => w3).reduce((acc26, x27) => acc26 - x27, 0) });
  let caught29 = null;
  try {
    let sa30 = '😀x'.split("");
    sa30.pop();
    if ((0.1 === n1)) throw new RangeError("u:range");
  } catch (e31) {
    caught29 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
  }
}
return [n1, s2, caught14];
