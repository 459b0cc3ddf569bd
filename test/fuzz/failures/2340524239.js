// Kitwork fuzz failure, program seed 2340524239
// reason: different results
// V8: ok [[],{},[],undefined,{},-1,0]
// VM: ok [[],{},"",[],{},-1,0]
// replay: node --import tsx test/fuzz/run.ts --replay 2340524239

let a1 = [1, 9007199254740991, (-0), 0b101, (-8)].map((p2) => Math.max(p2, p2)).slice().sort();
if ([2].includes(0.2)) {
  if ((false || false)) {
    let n5 = (+a1);
    for (let it6 of Object.keys(({}))) {
      let a7 = a1;
    }
  } else if (((a1[(-0b101)] ?? 3.75) == Math.abs((-0o17)))) {
    let w8 = 0;
    while (w8 < 13) {
      w8++;
      const o9 = ({ ...({ "10": 1, "len": 1e21 }), ...({ x: 8, k1: 0 }) });
      if ((!256)) continue;
      const o10 = ({ y: (-0b101), 0: 10, 2: 1_000, "k1": (-256) });
    }
  } else {
    if ((9 < 10)) {
      var a11 = a1.map((p12) => 4);
      let n13 = "  pad  ".toUpperCase().length;
      const o14 = ({ 0: 8 });
    } else {
      a1 = a1;
      const n15 = 31;
    }
    a1 = Array.from({ length: 1 }, (_, i16) => i16 * 9);
  }
  var o17 = ({});
  o17["c"] = a1.indexOf(1e3);
} else if ((!a1.concat([10, 8, 4, (-0o17)]))) {
  const f18 = () => {
    if (a1.length < 40) a1.push((a1[1e-7] ?? 0o17), (~0));
    return "12".indexOf("  pad  ");
  };
} else {
  let caught19 = null;
  try {
    let w20 = 0;
    while (w20 < 17) {
      w20 += 1;
      a1.pop();
      const o21 = ({ a: 7, c: 16 });
    }
    const s22 = (Math.ceil(w20) + "a").padEnd(8, "0").slice(0, 48);
  } catch (e23) {
    caught19 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  } finally {
    const n24 = ((1 & 6) ** (-1));
    const n25 = 0.1;
  }
}
a1 ??= (((-0.5) >= (-5e-324)) ? a1 : Array.from({ length: 3 }, (_, i26) => i26 * (-0o17)));
const o27 = (true ? ({}) : ({}));
const a28 = [9, 255, (-42), 7, 8, 0b101].filter((p29) => false).map((p30, i31) => (({}) ?? i31));
const { b: n32, ...o33 } = o27;
return [a1, o27, a28, n32, o33, (~1.5e300), (+a1)];
