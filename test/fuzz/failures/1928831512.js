// Kitwork fuzz failure, program seed 1928831512
// reason: V8 returned, VM threw
// V8: ok [1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1928831512

if ((9007199254740993 === 6)) {
  const f1 = (p2 = 1e-7) => {
    for (const it3 of 'b'.repeat(2)) {
      const n4 = [].reduce((acc5, x6) => acc5 - x6, 2);
      if (true) throw undefined;
    }
    let n7 = p2;
    const o8 = (true ? ({ 2: (-0) }) : ({ "a": 16, len: (1 / 0), y: 1.5 }));
    p2 = (p2 = n7);
    return [0.1, ...(true ? [10] : [1_000, 4, (-1 / 0)]), ...[2.5, (-7), 3, 5e-324, 0o17, 1].slice(0, 4)].slice(0, 16);
  };
  var a9 = [2].filter(p10 => false).concat([9, 5].map((p11) => 16)).slice(0, 16);
}
const f12 = (p13, p14, p15) => {
  let caught16 = null;
  try {
    if ([0, 3, (-32)].includes((0 / 0))) {
      let a17 = ((p14 <= p14) ? [(-256), 0, 6, 1e21].map((p18) => p14) : [(0 / 0), (-4294967296), (-1e21)].concat([])).slice(0, 16);
      p13 = ("  pad  ".slice((-3), (-2)) + "a b c".split(", ").join("")).slice(0, 48);
      p14 = a17.pop() ?? 4294967296;
    } else if (([9007199254740991, 3] === ["line\nbreak"])) {
      p14 >>= (9 - p14);
    } else {
      let o19 = ({ len: [5, 5, 9, 1_000, 2, 10].slice(3).reduce((acc20, x21) => acc20 + x21, 2) });
      p15 ||= ["tab\tend", "q\"uote", "zz"].join(",").padStart(10, "0").slice(0, 48);
    }
    if (([(-4294967295), p14, 256] !== (p14 - p14))) return p15;
    const n22 = [].length;
  } catch (e23) {
    caught16 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  }
  p15 = (p15 + (p15[0] ?? "ÅÉü")).slice(0, 48);
  return "a";
};
if (((1 / 5) === "ÅÉü".length)) {
  let o24 = ({ a: 1, b: 0.2, k1: ((-1e-7) - 1), "2": 8, ["c"]: 9 });
  let s25 = (false ? "3.5" : "ÅÉü");
  const o26 = ({ z_: (((-32) < 9007199254740993) ? ((0 / 0) % (1 / 0)) : (false ? 1.5e300 : 1.5)), x: 2, y: (-1_000), 0: 1e3 });
} else if ((Math.max() !== (({}) ?? 0.5))) {
  const n27 = (10).toFixed(2).length;
  let a28 = [...[0.5, (-.5), (-.5)], ...[(-16)]].slice((-1)).slice(0, 16);
}
if (("" === null)) {
  const f29 = (p30, p31 = "abc,def", p32) => f12("  pad  ", p30, p31).padStart(4, "ab").slice(0, 48);
} else {
  switch (Math.min((0 / 0), 0b101, 10)) {
    case "1":
      break;
    case 10:
      break;
    case 3: {
    }
  }
}
return [[5, (-0), 0].indexOf((+[]))];
