// Kitwork fuzz failure, program seed 4169557759
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:[
//       "-7",
//       "1e3",
//       "zz",
//       "x,y,z"
//     ]
// VM: throw <value>: Error: u:[
//       "-7",
//       "1e3",
//       "zz",
//       "x,y,z"
//     ]
// replay: node --import tsx test/fuzz/run.ts --replay 4169557759

let o1 = ({});
const o2 = ({ "c": 3, 10: (+'ab'), 0: (true ? 1 : 65535) });
const f3 = (p4) => {
  const o5 = o2;
  const f6 = () => {
    let caught7 = null;
    try {
      p4 = (typeof true);
      for (const it8 of Object.keys((true ? o5 : ({ a: 6 })))) {
        const [s9 = "zz", s10 = "a-b-c", s11 = "x,y,z"] = ["b", "ÅÉü", "ab", "ÅÉü"].map(p12 => "true");
      }
    } catch (e13) {
      caught7 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
      for (const it14 of [0, 3, 5, 0.1, 4, (-2147483648)]) {
        const n15 = ([9].length % it14);
      }
    }
    let s16 = (`$${[256].length} end` + p4).slice(0, 48);
    for (let i17 = 0; i17 < 12; i17 += 1) {
      if (("z_" in o2)) {
        if ((i17 == [(-0.2), .5, (-0)].length)) throw new RangeError("u:x");
        const b18 = p4.split("|").includes((typeof true));
      } else {
        if (((i17 >>> (1 / 0)) === (i17 << i17))) throw [];
        let x19 = null;
      }
    }
    return [];
  };
  const x20 = ((false ? '-7' : p4) !== "😀x".slice((-1)));
  const f21 = () => {
    var b22 = [9, 256, 4, .5, 2147483648].includes(9);
    return ({});
  };
  return ((x20 || 123.456) ?? (false + (0 / 0)));
};
for (const it23 of [9007199254740993, 0o17, 6, 3, 0b101, (-65535)]) {
  const f24 = (p25, p26 = (-4), p27 = 1.5) => [5].map((p30) => 6).reduce((acc28, x29) => acc28 + x29, 2);
}
var b31 = (100 <= (0 / 0));
for (let i32 = 5; i32 > 0; i32--) {
  switch (("" ?? 1)) {
    case 0: {
      const a33 = [7, 0].filter((p34) => b31).filter(p35 => ["Hi there", "line\nbreak", 'ÅÉü', "true", "a b c"].includes('Hi there')).concat(Math.min(i32)).slice(0, 16);
      break;
    }
    case (-1):
      break;
  }
}
let o36 = o2;
if (((-4294967296) <= 6)) throw new Error("u:" + JSON.stringify(['-7', '1e3', "zz", "x,y,z"], null, "  "));
o1 = ({ ...o1, c: 10 });
o1.len ??= 6;
return [o1, o2, b31, o36, [].length, (['b', "😀x", 'null', "-7"] >= [4, (-1 / 0)])];
