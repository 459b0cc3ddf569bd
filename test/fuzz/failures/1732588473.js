// Kitwork fuzz failure, program seed 1732588473
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:[0]
// VM: throw <value>: Error: u:[0]
// replay: node --import tsx test/fuzz/run.ts --replay 1732588473

const a1 = [8, 10, 8, 7, 0].map((p2) => (-10));
for (const [k4, v5] of Object.entries(({ c: 10, "x": (-0), a: (0 / 0) }))) {
  switch ('x,y,z') {
    case "x,y,z":
      if (((true ? v5 : 4294967295) != ['0', '1e3', "Hi there", 'single', "b"].length)) continue;
    default:
      var a6 = a1.map((p7) => ((false || true) ? "a-b-c".length : (v5 + p7)));
      if (["abc,def", 'true', '  pad  ', "Hi there"].includes(k4)) {
        if (0 < a6.length) a6[0] *= (-v5);
        const { c: n8 = 1.5e300, a: n9 = 9, x: n10 } = ({});
        let sa11 = ["hello", "x,y,z", 'zz', "true", "  pad  "].map((p12) => k4);
      }
    case "":
      let o13 = ({ ...({ ...({ ...({ x: 4 }), k1: 1_000 }), a: a1.indexOf(v5) }), ...({ b: 7 }) });
      let o14 = ({ ...({ y: (1 / 0), z_: v5, ...o13, x: 2147483648, b: v5 }), ...({ len: v5 }) });
      break;
    case "ab":
      let b15 = ((['', "3.5", "12", "x,y,z"].includes("true") || (![])) && (!`\n${""}x=${a1}\n${a1}!`));
    case "a":
      let n16 = (false ? v5 : v5);
      let o17 = ({ ...({ ...({ x: 6, z_: 0, c: 7, "10": (0 / 0) }), ...({ c: 1000 }) }), a: 9 });
  }
}
function mk18(start, step = 1) {
  let c19 = start;
  return () => {
    c19 += step;
    return c19;
  };
}
const ctr20 = mk18((-3.75), 10);
if (((-0) < 6)) throw new Error("u:" + JSON.stringify([0]));
const fs21 = [];
for (let i22 = 0; i22 < 5; i22++) {
  fs21.push((v) => v + i22);
}
for (let i23 = 0; i23 < 12; i23++) {
  const a24 = [1, 1, ("b" + ({ 2: 2, x: 3, "10": 5, 0: 7 })).indexOf(JSON.stringify("Hi there"))].slice(0, 16);
  let caught25 = null;
  try {
    const x26 = i23;
    if (a24.map(p27 => i23).includes(6)) continue;
    let caught28 = null;
    try {
      const n29 = "-7".indexOf("a-b-c");
      if (Number.isInteger((0 / 0))) throw new RangeError("u:x");
    } finally {
      const x30 = [];
      if ((true && true)) throw new TypeError("u:range");
    }
    if (a24.filter((x31) => x31 === x31).sort((x31, y32) => x31 - y32).includes((~i23))) throw "b";
  } catch (e33) {
    caught25 = typeof e33?.message === "string" && e33.message.slice(0, 2) === "u:" ? e33.name + "/" + e33.message : (e33?.name ?? e33);
    const n34 = (Number.isInteger(i23) ? 1 : 0);
  }
}
return [a1, JSON.stringify("b"), (typeof [] === "undefined")];
