// Kitwork fuzz failure, program seed 1768083435
// reason: V8 returned, VM threw
// V8: ok [false,true]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1768083435

const memo1 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((+[9]));
switch ('single'.repeat(3)) {
  case "":
    function f2(p3 = (-0), p4, p5) {
      p3 = (-5);
      for (let it6 of "3.5") {
        for (const it7 of []) {
          var n8 = (+[]);
          p4 /= 5;
          const [n9 = .5, ...a10] = [2.5, 8].map((p11) => p11);
        }
      }
      for (let i12 = 14; i12 > 0; i12--) {
        let w13 = 0;
        while (w13 < 8) {
          w13 += 1;
          p5++;
        }
      }
      return (p3 ** (-1));
    }
    function f14() {
      for (var i15 = 0; i15 <= 15; ++i15) {
        const s16 = JSON.stringify(({})).slice().slice((-3), 0).slice(0, 48);
        var s17 = (false ? s16 : s16);
        if ((false <= ['0', 'a-b-c', 'x,y,z', "b"])) {
          const a18 = (false ? [9007199254740991, 8, 0b101, 2.5, 9] : []);
          let n19 = ((+true) % (i15 ** 2));
        } else {
          const b20 = ((i15 * i15) <= (i15 >>> 0));
          const n21 = 1.5;
        }
      }
      const n22 = i15;
      try {
        return "a b c".split("-").join("|");
      } finally {
        let caught23 = null;
        try {
          const { c: n24, b: n25 } = ({ 0: 123.456, "y": (-1.5e300), "10": 7 });
          let b26 = ((-n22) !== f2(8, n22, 4294967295));
          if (((false && b26) || (i15 > i15))) throw [].length;
        } catch (e27) {
          caught23 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
        }
      }
    }
    break;
  default:
}
return [["1e3", "1e3", "zz", '', "true"].includes('  pad  '), (!(-0))];
