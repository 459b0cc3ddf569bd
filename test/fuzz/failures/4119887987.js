// Kitwork fuzz failure, program seed 4119887987
// reason: V8 returned, VM threw
// V8: ok [{"len":7,"n2":8},"Hi there","Hi there","Hi there",{"0":Infinity,"x":7,"y":0.5,"b":Infinity}]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 4119887987

for (const it1 of Object.keys(({ ...({ "k1": 9007199254740993, y: 1000, "c": 7 }), c: (0 / 0) }))) {
  if (((true ? 32 : 7) != Math.floor(1))) {
    let a2 = [(-8), 10];
    let caught3 = null;
    try {
      if ((!true)) throw [1, 9, 1000, 10];
      if (false) continue;
      const x4 = (20 === 0o17);
    } catch {
      caught3 = "caught";
    }
    const b5 = (false && false);
  }
}
let o6 = ({ "len": 7, ["n" + 2]: 8 });
const f7 = function () {
  o6 = ({ ...o6, ...o6 });
  return [1, (-42), Math.min(), (-.5)];
};
for (let it8 of Object.keys(({ ...o6 }))) {
  const memo9 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })((+({})));
}
const [s10 = "null", s11 = 'single', s12 = "\u0041\x42"] = ["hello", '', "zz"].map((p13) => "Hi there");
const o14 = ({ x: 7, 0: (1 / 0), y: .5, b: (1 / 0) });
return [o6, s10, s11, s12, o14];
