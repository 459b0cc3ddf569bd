// Kitwork fuzz failure, program seed 2485467194
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"2":-0,"len":65535,"b":NaN,"z_":1.5e+300},13,[9007199254740991,1000,-0,65535,NaN,1.5e+300],13]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'b')
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
// replay: node --import tsx test/fuzz/run.ts --replay 2485467194

let o1 = ({ len: 65535, b: (-(+[8, 0, 8])), z_: 1.5e300, 2: (-0) });
let w2 = 0;
do {
  w2++;
  for (const it3 of Object.keys((true ? ({ "len": 4, y: 1000 }) : o1))) {
    const a4 = [].concat(0b101).map((p5) => (p5 % p5)).slice(0, 16);
    let n6 = it3.split(", ").length;
    n6 ^= [].length;
  }
} while (w2 < 13);
if ((!({ ...({ "a": 3.75, x: 8, z_: (-2147483648) }), z_: w2 }))) throw [1e-7, (-2.5), 9].reduce((acc7, x8) => acc7 * x8, 0);
const a9 = [...[9007199254740991, 1000]].filter((x10) => x10 === x10).sort((x10, y11) => y11 - x10).concat(Object.entries(o1).map((e12) => e12[1])).slice(0, 16);
if ((0 > w2)) {
  const memo13 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((-4294967296));
}
if (((typeof true) >= JSON.stringify(true, null, "  "))) {
  if ((undefined !== false)) {
    let a14 = [10, (-20), 10, (-0o17), 1, 7].map((p15, i16) => p15);
  } else if (["hello", ""].includes('a')) {
    for (const it17 of [9].join()) {
      var sa18 = Object.keys(o1);
    }
    const [s19, s20 = "  pad  ", ] = [];
  } else {
    if (Object.keys(o1).includes((false ? "ab" : "zz"))) {
      const a21 = [1e-7, ...a9, ...a9.map(p22 => 3)].slice((-2), 3).slice(0, 16);
      const x23 = (null && (-0));
      const s24 = ((100 / (-0.2)) + 'abc,def'.repeat(3)).padEnd(5).slice(0, 48);
    } else if (JSON.stringify(w2).includes(("a b c" + "hello"))) {
      o1["10"] += "b".indexOf("ÅÉü");
      const o25 = ({ 10: (0 / 0) });
    } else {
      a9.pop();
      const o26 = o1;
    }
    let n27 = (~w2);
  }
}
const acc28 = {
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
return [o1, w2, a9, Math.ceil(w2)];
