// Kitwork fuzz failure, program seed 1174797751
// reason: V8 returned, VM threw
// V8: ok ["s"]
// VM: throw TypeError: TypeError: adder1 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1174797751

const adder1 = (k) => (v) => v - k;
const add2 = adder1((+[]));
const f3 = (p4 = [1, 2], p5, p6) => {
  for (let i7 = 11; i7 > 0; i7--) {
    const o8 = ((p6 < p6) ? ({ x: (1 / 0) }) : ({ b: p6, p6 }));
    for (const it9 of p4) {
      if (p5.length < 64) p5.push((true + p6));
      p6 = (~(-20));
    }
  }
  const f10 = function () {
    if (Number.isInteger(3)) {
      for (let i11 = 14; i11 > 0; i11--) {
        const a12 = [].map((q13) => q13.length).concat([8, 10, p6, i11]).slice(0, 16);
        let a14 = p4.concat(p5.concat((-0)).filter((p15) => (typeof null === "string"))).slice(0, 16);
        if (0 < a14.length) a14[0] = (p6 / i11);
      }
    } else {
      if ((typeof ({}) === "undefined")) {
        let sa16 = ("0" + (false ? ['abc,def'] : null)).split("").slice(0, 16);
        var n17 = (-(p5[p5.length] ?? 31));
        let s18 = (typeof "abc,def".split("")).repeat(1).slice(0, 48);
      } else if (Array.isArray(undefined)) {
        add2((p6 % p6));
      }
    }
    try {
      return null;
    } finally {
      p4 = p4.filter((p19) => false).map(p20 => (16 ** 0));
    }
  };
  return ("x,y,z"[3] ?? "abc,def").length;
};
const f21 = (p22 = 1.5e300, p23) => {
  let w24 = 0;
  while (w24 < 19) {
    w24 += 1;
    for (const it25 of Object.keys(({ ...({}), ...({ len: (-.5), k1: 2, "b": 10 }) }))) {
      let x26 = Object.keys(({ 10: 2, len: 1e21, c: 9007199254740991, "y": p23 }));
      var n27 = Math.floor(Math.max(it25.indexOf(it25), add2(1)));
      var a28 = ((`x=${"3.5"} end` != (p23 + "ÅÉü")) ? [1e21, 2147483648, (-2)] : [3.75, (-1 / 0), 4, 65535, 5, 8].filter(p29 => false).filter(p30 => it25.includes("ab"))).slice(0, 16);
    }
    switch (`$${null} ${[255]}`) {
      default:
        if ((!({ 0: (-1 / 0), x: 4 }))) return [...[]].filter((x31) => x31 === x31).sort((x31, y32) => y32 - x31);
        break;
      case "": {
        const o33 = ({ c: p22, z_: 0 });
        p22 ??= Math.round(add2?.(p22));
        break;
      }
      case "ab":
        const s34 = (p22 + "\u0041\x42").repeat(3).toUpperCase().slice(0, 48);
    }
  }
  return [(-1), w24, 1.5e300, 9];
};
return [("s" ?? (-2.5))];
