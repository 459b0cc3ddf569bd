// Kitwork fuzz failure, program seed 3632373768
// reason: host crash (VM threw a non-guest error)
// V8: ok [{"2":2,"len":0.1,"k1":31,"b":3,"y":NaN},-31,{"2":2,"len":0.1,"k1":31,"b":3,"y":NaN},true,7,false]
// VM: crash: TypeError: Cannot set properties of undefined (setting 'p')
//         at Interpreter.run (/work/main/src/vm/interpreter.ts:776:48)
//         at Interpreter.loop (/work/main/src/vm/interpreter.ts:486:21)
//         at Interpreter.execute (/work/main/src/vm/interpreter.ts:152:16)
//         at <anonymous> (/work/main/src/runtime/runtime.ts:98:52)
//         at Runtime.settle (/work/main/src/runtime/runtime.ts:105:11)
//         at Runtime.run (/work/main/src/runtime/runtime.ts:98:17)
//         at Runtime.runToEnd (/work/main/src/runtime/runtime.ts:136:20)
//         at Object.evaluate (/work/main/src/runtime/runtime.ts:190:33)
//         at <anonymous> (/work/main/test/fuzz/harness.ts:169:31)
//         at runVm (/work/main/test/fuzz/harness.ts:178:3)
// replay: node --import tsx test/fuzz/run.ts --replay 3632373768

for (let i1 = 0; i1 <= 17; ++i1) {
  for (let i2 = 0; i2 <= 19; i2 += 1) {
    if ((i1 <= (-0))) {
      const x3 = ({ p: (+([] || [(-100), 5])), q: { r: Math.max([4, 10].length) } });
      let { len: n4, c: n5, b: n6 = 2 } = ({ i1 });
      n4 = `${("MiXeD" / false)}`.slice(0, 48);
    }
  }
  const sa7 = ["b", '0'].filter(p10 => true).slice((-2)).slice().sort();
}
const o11 = ({ len: Math.min(2147483647, 4, 0.1), 2: 2, k1: (-0), b: 3 });
for (let i12 = 0; i12 < 8; i12 += 3) {
  let s13 = ["x,y,z", 'a-b-c', '12', "null"].join("|").slice(0, 48);
  if (("abc,def" == "true")) {
    let o14 = ({ ...o11, ...({ 0: (-0.1), 2: (-0), len: (-2), ["n" + 2]: 5 }) });
    for (const it15 of [10]) {
      delete o14["2"];
    }
  }
}
let a16 = [0.2, 5, 1.5, (-2)].slice(0, 3);
for (let i17 = 0; i17 < 9; i17 += 2) {
  const n18 = Math.sign((a16[i17] ?? 6));
}
var n19 = (-Math.max((~(-32)), Math.max()));
delete o11.x;
if ((!((-0.2) - 0))) {
  var b20 = ((n19 % n19) === (true ? n19 : n19));
} else {
  let sa21 = ["3.5", "null", '1e3', 'single'].filter((p22) => (Math.trunc(n19) < n19));
}
const o23 = o11;
o23["y"] += 7;
switch ('a'.padStart(2, "ab")) {
  case "hello":
    a16 = a16;
    break;
}
o11.k1 = (-n19);
const b24 = (false || true);
const n25 = a16.map((x26) => x26 + "").join("").length;
switch (''.split(",").join("-")) {
  case "0":
    const o27 = ({ "10": 3 });
    for (let it28 of a16) {
      if (((~7) == "true".indexOf("abc,def"))) {
        if (a16.length < 20) a16.push((-0o17));
        let { c: n29 } = (false ? ({}) : o27);
        const [s30 = "zz", s31 = '-7'] = Object.keys(o23);
      } else if ((!1)) {
        n19 -= (o11?.[10] ?? 5);
      } else {
        let o32 = o11;
        const b33 = ([2, ...a16, ...a16] > (b24 ? 2.5 : null));
      }
    }
  case "x,y,z":
  case "a":
  case "ab":
}
return [o11, n19, o23, b24, n25, ("" == undefined)];
