// Kitwork fuzz failure, program seed 2902408114
// reason: V8 returned, VM threw
// V8: ok [null]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2902408114

for (let i1 = 0; i1 <= 17; i1 += 1) {
  const n2 = ([] ?? (-0));
  if ((32 === i1)) {
    if ((typeof undefined === "string")) {
      var o3 = ({ ["c"]: 3 });
      var x4 = o3?.a;
      const b5 = (((false || false) ? (i1 % i1) : (~1.5)) == `:${({})}!`.length);
    }
  }
  const memo6 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((-n2));
}
let caught7 = null;
try {
  let o8 = ({ 0: (-255), z_: 42, 2: 42 });
  const s9 = `\n${true}x=${'ab'}$${false}`.slice(0, 48);
} catch (e10) {
  caught7 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
} finally {
  let w11 = 0;
  while (w11 < 5) {
    w11++;
    let sa12 = [6, 6, 0, 9].map((x13) => x13 + "");
  }
  if ((undefined == undefined)) {
    for (let i14 = 0; i14 < 18; i14 += 3) {
      let n15 = ((false ? w11 : w11) + 1_000);
      let { len: n16 = 0.1, a: n17, ...o18 } = (false ? ({ a: (-4), 0: 1_000 }) : ({ c: 5, "a": 8 }));
    }
    for (var i19 = 3; i19 > 0; i19--) {
      let n20 = ((0 / 0) >>> (i19 | (false ? i19 : 5)));
      const a21 = [1, 3.75].slice(1, 3).slice((-2), 2).concat([7, 5, 1, 5e-324].filter(p22 => true).concat([100].filter((p23) => true))).slice(0, 16);
      if ((true || false)) continue;
    }
    for (let i24 = 0; i24 <= 7; ++i24) {
      if ((w11 > i19)) break;
      var o25 = ({ len: ((w11 >>> i24) ** 0), 10: (-100), c: (-4294967295), i19 });
    }
  } else {
    for (let i26 = 0; i26 < 6; i26 += 3) {
      let n27 = (Math.max() + (false ? "a-b-c" : "a-b-c").indexOf(((-1e21) + 'abc,def')));
      let n28 = [(-0), 4294967296, 9, 1, (-0.2), (1 / 0)].length;
      const n29 = w11;
    }
    switch ("3.5".indexOf("zz")) {
      case (0 / 0):
        break;
      case 2:
      case "1":
        break;
    }
  }
}
return [caught7];
