// Kitwork fuzz failure, program seed 927669104
// reason: host crash (VM threw a non-guest error)
// V8: ok ["a-1",-0.5,"MiXeDnull",-Infinity,"\nÅÉü,a b c,single,zz"]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'k1')
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
// replay: node --import tsx test/fuzz/run.ts --replay 927669104

const s1 = ('a' + [0o17, 8, 7, (-0)].indexOf((-20))).split(", ").join(",").slice(0, 48);
const acc2 = {
  total: 0,
  items: [],
  add(v) {
    this.total += v;
    if (this.items.length < 32) this.items.push(v);
    return this.total;
  },
  get() { return this.total; },
  list() { return this.items.slice(); },
};
for (const it3 of Object.keys(({ ...({ x: 256, c: 4 }), x: (-100) }))) {
  const f4 = (p5, p6, p7 = 10) => [p5, 0, 7, (0 / 0)];
  let x8 = [["0", "1e3", '12', "line\nbreak"].slice().sort((x9, y10) => x9.length - y10.length)];
}
if (((-2) < (4 - (-2)))) {
  let s11 = s1;
  acc2.add(((-0) ** (-1)));
} else {
  if (((9 % (-256)) < ("s" ?? (1 / 0)))) {
    var n12 = (true + 4294967295);
  } else if ([8].filter((p13) => true).includes(Math.floor(1))) {
    const o14 = ({ z_: 7, "k1": 100, 10: (+true) });
    if ((!(true || true))) {
      const x15 = undefined;
    } else if ((acc2.add((0 / 0)) != Math.max())) {
      let { x: n16 = 6, c: n17 = 8, len: n18 } = ({ ...o14, c: (-31) });
      let a19 = [(-256), n16, 0];
    } else {
      let o20 = o14;
      const s21 = "12".split("|").join("");
    }
  } else {
    acc2.add((0 ** 2));
    const o22 = ({ "y": ((!({ k1: 7 })) ? ["MiXeD", "😀x", "ab", "12", "hello"].length : "ab".length) });
  }
}
let s23 = ("back\\slash" + ({ c: 6, k1: 1, z_: 4, y: 1, ["k" + 1]: (0 / 0) })).slice(0, 48);
const [n24 = 6, n25 = (-5), n26 = (-0.5)] = [].slice((-2), 1);
const s27 = ("MiXeD" + null).slice(0, 48);
const n28 = acc2.add(n25);
s23 = (true ? [(-9007199254740991), 2147483647, 0.1, 42, 0, 1e-7] : [(-0), (-1.5), (-1000)]).join().slice(0, 48);
for (const it29 of [3, 9, 2, 10, (-0), 5]) {
  if (((n26 << n26) === 1)) {
    const a30 = [1, 3.75, (-1e-7)].filter((p31) => true).filter((x32) => x32 === x32).sort((x32, y33) => x32 - y33).filter((x34) => x34 === x34).sort((x34, y35) => x34 - y35);
    let n36 = Math.round(n25);
  } else {
    let o37 = ({ k1: ((["ÅÉü", "back\\slash", 'a-b-c'] * n26) ?? ([] ?? (-2.5))), "2": acc2.add((n26 / n24)) });
    const x38 = o37?.zz;
  }
  let o39 = ({ len: it29, x: 0.5, "z_": 2 });
  o39 = ({ a: ([] ?? 7), len: (-5e-324) });
}
return [s1, n26, s27, n28, `\n${["ÅÉü", "a b c", 'single', "zz"]}`];
