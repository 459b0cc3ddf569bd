// Kitwork fuzz failure, program seed 625520160
// reason: different results
// V8: ok [Infinity,undefined,[],Infinity,Infinity,[],7,{"b":9007199254740991,"a":3,"c":2},NaN]
// VM: ok [Infinity,undefined,[],"1e-7,5,0,-2.5",[1e-7,5,-0,-2.5],[],7,{"b":9007199254740991,"a":3,"c":2},NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 625520160

const n1 = Math.min();
for (const it2 of Object.keys(({ ...({ k1: (-0b101), 10: 6, "2": (-1e21) }), b: n1 }))) {
  let caught3 = null;
  try {
    let n4 = (n1 % 9);
    for (const it5 of [(-256), 9, (-0)]) {
      if (it2.startsWith("line\nbreak")) throw new Error("u:" + ["", "a-b-c", "1e3"].join("|"));
    }
  } catch (e6) {
    caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
  } finally {
    const s7 = (typeof ([10, .5].indexOf(n1) >= n1));
    if (((s7 < s7) && (false && false))) {
      var o8 = ({ ...({ a: (-5), y: 5e-324, len: (-0b101), k1: .5 }), z_: 9 });
      o8 = ({});
    } else if ((n1 < n1)) {
      var o9 = ({ len: (-s7.length), y: (0 / 0), 0: 2, k1: 4 });
    } else {
      var n10 = (Number.isInteger(([2147483648, 2].reduce((acc11, x12) => acc11 * x12, 1) - (n1 >>> n1))) ? 1 : 0);
      const sa13 = [0.2, 16, 4294967296, 4294967295, 9].map((x14) => `${x14}`);
    }
  }
  for (let i15 = 0; i15 <= 3; i15++) {
    let s16 = `-${[(-9007199254740991), (-1 / 0)].includes(2147483648)}:${(false && ({}))}\`q`.slice(0, 48);
    const s17 = (("ab" + 7) + "true".toUpperCase()).split("").join("-").slice(0, 48);
    let n18 = Math.round((-1000));
  }
}
const [s19, , ...sa20] = [].filter((p21) => false);
const n22 = n1;
const n23 = (true ? n1 : 0b101);
const a24 = [(-1e21), 3, (-65535), 8, 2147483647].slice(2, (-1)).filter(p25 => sa20.includes("abc,def"));
switch ("3.5".length) {
  case (-1):
    break;
  case 2:
}
let w26 = 0;
do {
  w26++;
  if (((true ? n22 : n23) !== ((-1e-7) / 7))) {
    for (let i27 = 0; i27 <= 17; i27++) {
      const s28 = 'zz'.slice(0);
      const b29 = (!({ 0: 0xff, 10: 9, k1: (-4294967296) }));
    }
  } else {
    if (Array.isArray("s")) continue;
  }
  if (a24.includes((-20))) {
    let s30 = "a b c".slice(4);
    const a31 = (s30.includes(s30) ? a24.slice((-1)) : a24).map(p32 => Math.max(p32, ((-0b101) & n23)));
  }
} while (w26 < 7);
const x33 = ((n23 == n23) ? ({ "b": 9007199254740991, "a": 3, ["c"]: 2 }) : undefined);
return [n1, s19, sa20, n22, n23, a24, w26, x33, (+[1e-7, 5, (-0), (-2.5)])];
