// Kitwork fuzz failure, program seed 3050618904
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"y":2,"len":NaN,"a":-123.956,"x":[]},[8,NaN,9,-256,2],["😀x","MiXeD"]]
// VM: crash: TypeError: Cannot set properties of undefined (setting '0')
//         at Interpreter.objectSpread (/work/main/src/vm/interpreter.ts:1314:21)
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:795:16)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:473:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:139:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:77:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:84:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:77:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:115:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:168:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
// replay: node --import tsx test/fuzz/run.ts --replay 3050618904

const f1 = () => true;
var o2 = ({ ...({ y: 2, len: (+[8, 0, 255]), a: ((-123.456) + (-.5)) }), x: ((true ? [] : undefined) ?? "MiXeD".charCodeAt(1)) });
const a3 = [8, (0 / 0), 9, (-256), 2, 4];
const acc4 = {
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
const sa5 = ["😀x", "MiXeD"];
a3.pop();
const f6 = function () {
  let n7 = (o2.y ?? (-1 / 0));
  for (const it8 of Object.keys(({ b: n7, y: 16 }))) {
    let n9 = (+(!sa5));
    if (false) {
      let b10 = Number.isInteger((false ? n9 : n7));
      if ((1 === undefined)) continue;
      const n11 = Math.min(...a3);
    } else if ((it8 != "null")) {
      n9--;
    }
    let { a: n12 = 6, b: n13 } = ({});
  }
  var s14 = `x=${[...[], ...a3]}$${(1 && a3)} end`.toUpperCase().slice(0, 48);
  return sa5;
};
return [o2, a3, sa5];
