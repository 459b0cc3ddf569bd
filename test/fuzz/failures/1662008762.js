// Kitwork fuzz failure, program seed 1662008762
// reason: host crash (VM threw a non-guest error)
// V8: ok [undefined,{"10":-0.1,"x":1,"y":-1,"k1":4}]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'p')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:763:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 1662008762

let caught1 = null;
try {
  let caught2 = null;
  try {
    const n3 = (9 ^ 1);
    const x4 = `${({ p: (["-7", "\u0041\x42", "tab\tend", "MiXeD", "a b c"] / []), q: { r: (false || false) } })}`.slice(0, 48);
    if (Number.isInteger(8)) throw new Error("u:" + (false ? "" : "a-b-c"));
  } catch (e5) {
    caught2 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
    const n6 = Math.max("12".slice(1, 4).indexOf((typeof "1e3")), ((typeof false === "number") + "zz".length));
  } finally {
    let n7 = [(-123.456)].filter(p10 => false).reduce((acc8, x9) => acc8 + x9, 1);
  }
  const f11 = p12 => Math.max();
  const f13 = (p14) => `${([].reduce((acc15, x16) => acc15 * x16, 1) / (caught2 == undefined))}`.slice(0, 48);
  if (((false ? "-7" : "ÅÉü") != [9, 7, 7, 16, (0 / 0), 6].join(","))) throw undefined;
} catch (e17) {
  caught1 = typeof e17?.message === "string" && e17.message.slice(0, 2) === "u:" ? e17.name + "/" + e17.message : (e17?.name ?? e17);
}
const o18 = ({ ...({ x: 1, 10: (-0.1), y: (-1) }), k1: 4 });
function f19(p20 = "1e3", p21 = 4, ...rest22) {
  if ((!rest22)) {
    let o23 = o18;
    o18.z_ += (p21 ** 3);
    p21 = rest22.pop() ?? 9;
  }
  delete o18.a;
  const a24 = [].map((q25) => q25.length);
  return Object.keys(o18);
}
function f26() {
  if (true) {
    let w27 = 0;
    while (w27 < 15) {
      w27++;
      let a28 = [9].slice((-2));
      if ((!false)) continue;
      a28 = [...a28].filter((x29) => x29 === x29).sort((x29, y30) => y30 - x29);
    }
  } else if ((caught1 <= caught1)) {
    const s31 = Object.keys(o18).join(" ").slice(0, 48);
    const n32 = Math.abs((+s31.slice(6)));
  }
  return [...['b', 'a', "Hi there", "null", "b"]].sort((x33, y34) => (x33 < y34 ? 1 : x33 > y34 ? -1 : 0));
}
function f35(p36, p37, p38 = "MiXeD") {
  const f39 = (p40, p41) => {
    o18["2"] = p41;
    p41 = (o18?.b ?? 3);
    return (p41 % p41);
  };
  const s42 = (p38 + p38).slice(1, (-2)).slice(0, 48);
  return ([] || ["line\nbreak", "back\\slash", "😀x", "true"]);
}
return [caught1, o18];
