// Kitwork fuzz failure, program seed 3614656427
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"0":6,"10":9,"x":1,"c":NaN},18,27,false]
// VM: crash: TypeError: Cannot set properties of undefined (setting '10')
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
// replay: node --import tsx test/fuzz/run.ts --replay 3614656427

let o1 = ({ x: 1, 0: 6, 10: (+[9]), c: (0 % (0 / 0)) });
for (let i2 = 8; i2 > 0; i2--) {
  const s3 = `:${((i2 >= i2) ? [6, 20].filter(p4 => true) : undefined)}a${[(-65535), 'abc,def'.indexOf("b"), 0.5]} ${["x,y,z", "abc,def", "true", "  pad  "]}!`.slice(0, 48);
}
let w5 = 0;
while (w5 < 18) {
  w5 += 1;
  var n6 = (3 >> Math.floor(8));
}
if (((-65535) == w5)) {
  const memo7 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })("a b c".length);
  for (const it8 of [.5, 4, (-1.5), w5, 7, (-.5)]) {
    let caught9 = null;
    try {
      memo7(Math.round(8));
      var a10 = ["line\nbreak", "Hi there", 'a'].map((q11) => q11.length);
      if ((a10.indexOf(it8) >= (w5 ** (-1)))) continue;
    } catch (e12) {
      caught9 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
      let o13 = ({ "k1": it8, "10": 42, a: 0, len: (-0) });
    }
  }
}
o1 = o1;
switch ("ab".toLowerCase()) {
  case "ab":
    switch ((w5 / w5)) {
      case 10: {
        break;
      }
    }
    for (const it14 of [(-1 / 0), w5, 1, w5, (-0), 5]) {
      const b15 = (Math.max(it14, w5) >= "a".indexOf('b'));
    }
    break;
  case "a":
    break;
  case "hello": {
    const f16 = (p17, p18, p19, ...rest20) => `${p18.concat(p19)}a${(p19 == p19)}\n${p17.split("-")} end`.slice(0, 48);
    break;
  }
  case "0":
    for (let i21 = 0; i21 <= 1; i21++) {
      let caught22 = null;
      try {
        const s23 = "line\nbreak";
        if (((0 / 0) <= i21)) throw "a b c";
      } catch (e24) {
        caught22 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
      }
    }
    break;
}
return [o1, w5, (w5 + 9), (!w5)];
