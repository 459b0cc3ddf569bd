// Kitwork fuzz failure, program seed 3594989964
// reason: host crash (VM threw a non-guest error)
// V8: ok [1]
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
// replay: node --import tsx test/fuzz/run.ts --replay 3594989964

if (true) {
  switch (("line\nbreak" + "")) {
    case "ab":
      const n1 = ("b".length << (-6));
      break;
    case "0":
      const o2 = ({ z_: (-1 / 0), c: (-0) });
    default:
      break;
  }
  let caught3 = null;
  try {
    for (let i4 = 0; i4 < 18; i4 += 2) {
      if (false) throw new TypeError("u:bad");
      var a5 = (false ? [i4, i4, 8, (-8), 2147483647, (-65535)].slice((-1), 3) : [9, 2147483648, 7, 1_000].slice(1, 2).slice((-1)));
      if (a5.length < 64) a5.push(5, ((-7) + i4));
    }
  } catch (e6) {
    caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
  }
} else {
  var s7 = [].join("-").split("").join("-").repeat(2).slice(0, 48);
}
if ((false != true)) {
  let w8 = 0;
  while (w8 < 10) {
    w8 += 1;
    const s9 = ("a-b-c" + "12").slice(0, 48);
    switch ([(-100), (-1.5e300), 2].indexOf(0)) {
      case 1:
        let { a: n10 = 8, x: n11 = 0 } = ({ ...({ 2: 1_000, "b": (-65535) }), ...({ 0: (-1e21), b: 2147483647, 2: 3 }) });
        var s12 = "line\nbreak";
        break;
      case (-1): {
        const x13 = `${({ p: (true - ({ c: 2147483647, 10: (-1000) })), q: { r: [].includes((-9007199254740993)) } })}`.slice(0, 48);
      }
      default:
        const b14 = (s9.length >= ['hello'].length);
        if ((["ÅÉü", 'a-b-c', "x,y,z", "1e3"].length >= (+[]))) continue;
      case "1":
        let o15 = ({});
        const { x: n16, b: n17 = 100, len: n18, ...o19 } = o15;
        break;
      case 0:
        const x20 = (false || false);
        break;
    }
  }
} else {
  const f21 = (p22) => {
    const o23 = ({ ...(true ? ({ "k1": (1 / 0), "c": (-1_000) }) : ({})), ...({ k1: 0.2, c: 2, 2: 5, ["k" + 1]: 42 }) });
    var sa24 = ` ${p22}:${[0xff, 1.5e300]}!`.split(",").slice(0, 16);
    if (((-0) !== 1.5)) throw "back\\slash";
    return (false ? o23 : o23);
  };
}
return [(Number.isInteger([1e21, 4, 9, 2.5].reduce((acc25, x26) => acc25 * x26, 2)) ? 1 : 0)];
