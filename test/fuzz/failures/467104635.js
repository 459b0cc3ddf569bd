// Kitwork fuzz failure, program seed 467104635
// reason: host crash (VM threw a non-guest error)
// V8: ok [1,[10,3,5,255,123.456,2],1,1,{"0":0,"y":15,"x":5,"k1":2,"z_":-Infinity}]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
//         at Interpreter.objectSpread (/work/main/src/vm/interpreter.ts:1310:21)
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:795:16)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
// replay: node --import tsx test/fuzz/run.ts --replay 467104635

const f1 = function (p2 = [1, 2]) {
  let w3 = 0;
  while (w3 < 15) {
    w3++;
    if (('null' <= "\u0041\x42")) break;
    var a4 = [...[]].filter((x5) => x5 === x5).sort((x5, y6) => y6 - x5).filter(p7 => [4, 6, (1 / 0), (-42), 0.1].includes(p7)).concat([(-1e21), 5, (-9007199254740991), 1, 2, (0 / 0)].filter((p8) => false)).slice(0, 16);
  }
  return ({ ...({ "0": 0, "y": 2.5, "x": 5, k1: 2 }), y: w3 });
};
let n9 = (Number.isInteger(((8 + 0xff) ** 0)) ? 1 : 0);
let caught10 = null;
try {
  for (let i11 = 0; i11 < 18; i11++) {
    if ((n9 != (-255))) {
      if ((false || true)) throw [10, 3, 5, 255, 123.456, 2];
      let n12 = ((true + 6) % [].length);
      let n13 = (("hello".length > [(1 / 0)].length) ? Math.floor((true ? n12 : n12)) : Math.floor((-n9)));
    }
  }
  if (('😀x' <= "abc,def")) throw new Error("u:" + [0.1, 16].join());
} catch (e14) {
  caught10 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
  const acc15 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
}
for (let it16 of [7, n9, (-0xff), 0b101]) {
  const o17 = ({ ...({ "0": (+[10, 2147483647]), c: (~7) }), c: ((n9 % it16) ** 10) });
}
const n18 = ((false && false) + (false ? n9 : n9));
let [n19 = 0] = [...[8, 31, 1.5e300, 9, 1], ...[6, 6, 1, (-0)]];
const o20 = f1([20, 1, 0.2, 65535, 9]);
o20.z_ ??= [4294967295, (-1 / 0), 2, 8, (-0)].reduce((acc21, x22) => acc21 + x22, 0);
if (true) {
  for (let i23 = 20; i23 > 0; i23--) {
    let { c: n24 = 65535 } = (false ? o20 : ({ 10: 20 }));
    for (let i25 = 0; i25 < 7; ++i25) {
      let a26 = [1].filter((x27) => x27 === x27).sort((x27, y28) => x27 - y28).filter((p29) => [].includes(0.2));
      const [n30] = [2147483648, n18, 123.456];
      n19 = n18;
    }
  }
} else if ((("tab\tend" < "-7") && (n9 !== n18))) {
  var s31 = "12";
}
return [n9, caught10, n18, n19, o20];
