// Kitwork fuzz failure, program seed 3179044566
// reason: host crash (VM threw a non-guest error)
// V8: ok ["0",3,{},true]
// VM: crash: TypeError: Cannot set properties of undefined (setting '2')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3179044566

for (let i1 = 11; i1 > 0; i1--) {
  let sa2 = ['3.5', "MiXeD", "tab\tend", 'x,y,z', "x,y,z"];
  let { c: n3, x: n4 = (1 / 0) } = (false ? ({ c: 8, x: (-0) }) : ({ "0": 1.5e300 }));
  const x5 = ((("" ?? n4) >= (Number.isInteger(n4) ? 1 : 0)) ? [] : null);
}
const s6 = Array.from({ length: 1 }, (_, i7) => i7 * 10).join("-").slice(0, 48);
const [n8 = 9, ...a9] = [3, 3, 0.5, (-1), 5].map(p10 => p10);
const [n11 = (-0.1)] = a9.filter(p12 => true);
let o13 = ({});
a9.pop();
let a14 = ["a", "abc,def", "Hi there"].map((q15) => q15.length);
let w16 = 0;
while (w16 < 9) {
  w16 += 1;
  const adder17 = (k) => (v) => v - k;
  const add18 = adder17(Math.max(...a14));
}
const s19 = s6;
for (let i20 = 5; i20 > 0; i20--) {
  function mk21(start, step = 1) {
    let c22 = start;
    return () => {
      c22 += step;
      return c22;
    };
  }
  const ctr23 = mk21(1e21, 123.456);
  const ctr24 = mk21((-10));
}
for (const it25 of a9) {
  if ((n8 != 3)) {
    if (["0", "", "0", "MiXeD", "a b c"].includes("a-b-c")) break;
  } else {
    for (const it26 of a14.map((x27) => x27 + "")) {
      const s28 = JSON.stringify([o13]).slice(0, 48);
      let b29 = a9.includes((o13["10"] ?? (-0.2)));
    }
  }
  for (const it30 of [10, 10, w16, 8, (-4)]) {
    const o31 = ({ 10: 20, 2: (([3.75, 0, 3] % o13) ?? (o13?.c ?? (-1_000))), 0: 1.5 });
    const [n32 = 123.456] = a9.map((p33) => w16);
    switch ((false ? n11 : 32)) {
      case "1":
        const s34 = (s19.at(2) ?? "");
        let a35 = (false ? a14 : a9);
        break;
    }
  }
}
const s36 = `\n${a9.map(p37 => 10).concat((n11 | 5))}x=${((0.5 != n8) ? "a-b-c".toUpperCase() : [].join("-"))}a${((false ?? n11) <= ((-2) * 3))}\`q`.slice(0, 48);
let b38 = (typeof 1 === "undefined");
return [s6, n8, o13, true];
