// Kitwork fuzz failure, program seed 1420433538
// reason: V8 returned, VM threw
// V8: ok [NaN,true,"null"]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1420433538

const n1 = (+[2, 5, 3.75]);
const memo2 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((+[0o17]));
if (` ${[2, 256, (0 / 0), (0 / 0)]}:${n1}:${"q\"uote"}!`.startsWith(("null" + [6, (-3), 10, (1 / 0), 1.5e300, 0.1]))) {
  function mk3(start, step = 1) {
    let c4 = start;
    return () => {
      c4 += step;
      return c4;
    };
  }
  const ctr5 = mk3((-1000), 65535);
  const s6 = "a".repeat(2).toUpperCase().slice(0, 48);
} else {
  let n7 = [].slice((-1), 0).indexOf(n1);
}
switch ((-n1)) {
  case 10:
    break;
  default:
    if (["ab"].includes("a b c")) {
      const a8 = [...[]].filter((x9) => x9 === x9).sort((x9, y10) => y10 - x9);
      const b11 = false;
    } else if ((n1 <= n1)) {
      let caught12 = null;
      try {
        var a13 = [].map((p14) => 10);
        let sa15 = ["back\\slash", "a b c", "zz", "x,y,z"].map((p16) => 'ÅÉü').slice(1);
        let x17 = undefined;
        if (false) throw 'b';
      } catch (e18) {
        caught12 = typeof e18?.message === "string" && e18.message.slice(0, 2) === "u:" ? e18.name + "/" + e18.message : (e18?.name ?? e18);
      } finally {
        const o19 = ({ "z_": (-16), b: 7, "len": 2 });
        memo2((false + n1));
      }
      const n20 = (typeof memo2).repeat(1).length;
    } else {
      const a21 = [...["abc,def", "null", "\u0041\x42"].map((q22) => q22.length).slice((-3), 4), ...[(-8)].concat([(-2), 7]).slice(0, 5)].slice(0, 16);
      if ([].concat([]).includes("Hi there".padEnd(7))) {
        const a23 = Array.from({ length: 4 }, (_, i24) => i24 * 100).filter(p25 => Number.isInteger(n1));
      }
    }
    break;
  case 1:
    let sa26 = Object.keys(({ 2: 2147483648, "x": 2 }));
    const x27 = `${(true / n1)}`.slice(0, 48);
    break;
}
return [n1, (!0), (true ? "null" : "back\\slash")];
