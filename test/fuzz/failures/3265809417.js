// Kitwork fuzz failure, program seed 3265809417
// reason: different results
// V8: ok [[NaN,1,1],null,"TypeError/u:bad",3,3.75,NaN,{"10":31,"y":-8,"k1":-Infinity},false]
// VM: ok [["1,-5e-324NaN",1,1],null,"TypeError/u:bad",3,3.75,NaN,{"10":31,"y":-8,"k1":-Infinity},false]
// replay: node --import tsx test/fuzz/run.ts --replay 3265809417

for (const it1 of [(-2147483647), (-3), (1 / 0)]) {
  for (let i2 = 0; i2 < 11; i2 += 3) {
    var x3 = (null || ["-7", '😀x'].map((q4) => q4.length));
  }
}
const [n5] = [1.5, (-.5), (-4), 256, 9].slice(3, 5);
var a6 = (typeof 32).split(", ").map((q7) => q7.length);
let caught8 = null;
try {
  a6 = ["a", "0", 'b'].map((q9) => q9.length);
  let w10 = 0;
  do {
    w10++;
    let caught11 = null;
    try {
      if (0 < a6.length) a6[0] += (+[1, (-5e-324)]);
      const x12 = n5;
      if (true) throw "a";
    } catch (e13) {
      caught11 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
    }
    if (a6.filter(p14 => false).includes((n5 ?? (-0)))) {
      const b15 = (`\n${["abc,def"]}\n${(-4294967296)}:${a6}\`q` == (typeof ({ c: (0 / 0), "a": 9, x: (-2147483647) })));
      const x16 = null;
      const a17 = a6.filter((p18) => b15);
    } else if ((1.5e300 !== (-1 / 0))) {
      if ((`a${"a b c"}!` == "true".slice())) break;
    } else {
      if (((1 - 2) < (true ? 255 : 5))) break;
      let o19 = (false ? ({ ...({ b: 6 }), y: Math.min((-0), (-2147483648), (-0)) }) : ({ ...({ "len": 3, 2: 10, z_: 0 }), ...({ ...({ len: (-255), b: (-1e3), "0": 5, c: 256 }), y: 3 }) }));
    }
    switch ((typeof ["ab", "1e3", "12", "abc,def", 'zz'])) {
      case "a":
        break;
    }
  } while (w10 < 20);
  if ((['single', "1e3"].length == Math.floor(w10))) throw new Error("u:" + "null".toUpperCase());
} catch (e20) {
  caught8 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
}
let caught21 = null;
try {
  const fs22 = [];
  for (let i23 = 0; i23 < 1; i23++) {
    fs22.push((v) => v - i23);
  }
  if (((typeof false === "undefined") || Number.isInteger(3))) throw new TypeError("u:bad");
} catch (e24) {
  caught21 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
  let x25 = ("".startsWith("q\"uote") ? (false && true) : null);
}
const o26 = ({ 2: 6, y: 31, a: 3 });
const { c: n27, a: n28 = 3.75, b: n29 = (-0), ...o30 } = ({ "c": 3, y: (-8), b: (0 / 0), 10: 31, ["k" + 1]: (-1 / 0) });
o26.b = n29;
return [a6, caught8, caught21, n27, n28, n29, o30, false];
