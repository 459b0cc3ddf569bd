// Kitwork fuzz failure, program seed 4021291375
// reason: V8 returned, VM threw
// V8: ok [{"z_":Infinity,"y":-Infinity},{"z_":Infinity,"y":Infinity,"b":-1,"a":-32},"Error/u:ÅÉü","back\\slash  pad  "]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 4021291375

const n1 = (((7 * 32) >>> ((-42) * (0 / 0))) * Math.min());
if ((typeof [] === "object")) {
  const s2 = '3.5'.charAt(2);
} else if ([(0 / 0), 8, 3].slice(3).includes(n1)) {
  switch (JSON.stringify([256, 5, 2147483647])) {
    case "ab":
      break;
    case "x,y,z": {
      break;
    }
  }
  var n3 = (`:${({})}!`.length & [(-31), (-0), 1000, (-2)].indexOf(((-9007199254740991) - n1)));
} else {
  for (let i4 = 0; i4 < 5; i4++) {
    if (Array.isArray(('Hi there' - 0))) {
      const o5 = ({ ...((false && false) ? ({ c: (-5), 2: 4, 10: 0.5, z_: (-32), ["n" + 2]: 100 }) : ({ ...({ a: 20 }), ...({ y: 123.456, 2: 10 }) })), b: 0 });
    }
  }
}
const o6 = ({ ...({ z_: n1 }), y: (-n1) });
let o7 = ({ ...o6, ...({ "b": (-1), y: n1, a: (-32) }) });
let caught8 = null;
try {
  let { len: n9 = (-255), a: n10 = 10, c: n11 = 256 } = ({ ...({ 2: 9, z_: 1, x: 3 }), ...o6 });
  switch ("1e3".padStart(2, "0")) {
    case "a":
      for (const it12 of Object.keys(({ ...o6, ...o7 }))) {
        const s13 = ("😀x" + ["ÅÉü", "0", "😀x", "-7", ''].slice().sort((x14, y15) => x14.length - y15.length)).slice(0, 48);
        const s16 = Object.entries(o7).map((e17) => e17[1]).join(" ").slice(0, 48);
        n10 *= [4, (-7), (-0.1), 6, (-4294967295)].indexOf(n10);
      }
      break;
    case "hello": {
      var a18 = [(-1e-7), 2.5, (-42), (-20), 1e-7, 1].filter((x19) => x19 === x19).sort((x19, y20) => x19 - y20).map(p21 => (~10));
      let n22 = 'a-b-c'.indexOf("1e3".slice(1, 5));
      break;
    }
    default:
      for (let i23 = 0; i23 < 11; i23++) {
        const x24 = (true ? "  pad  " : undefined);
        --n9;
      }
      break;
  }
  if (true) throw new Error("u:" + ["ÅÉü"].join(","));
} catch (e25) {
  caught8 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
} finally {
  const f26 = () => [];
}
let a27 = (true ? [6, 7, (-10), (-9007199254740993)] : [1e-7, 9, (0 / 0)]).slice((-1), 4);
a27.pop();
if (a27.length < 40) a27.push((o7.len ?? 255));
if (a27.length < 20) a27.push((+[2147483647, 1, (-8), (-1 / 0)]));
return [o6, o7, caught8, ("back\\slash" + "  pad  ")];
