// Kitwork fuzz failure, program seed 246549167
// reason: V8 returned, VM threw
// V8: ok [{"y":31,"c":4},false,{"x":1e+21,"k1":-2.5,"y":31,"c":4},false,"null","tab\tend",-2147483648]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 246549167

let o1 = ({ y: 31, ["c"]: 4 });
var b2 = ((((-1 / 0) / 5) + "12".slice(1, 0)) < ([9007199254740991, (-1 / 0), 5e-324, (-7), 255].join(" ") + "q\"uote".toLowerCase()));
var sa3 = 'null'.trim().split("");
const o4 = ({ ...({ "x": 1e21, k1: (-2.5) }), ...o1 });
let b5 = ((Number.isInteger(sa3.length) ? 1 : 0) == [1_000].indexOf((+[.5, 9007199254740991, 6, 8])));
b2 &&= (5 <= 10);
o1 = o1;
sa3 = sa3;
let a6 = [7, (-0.1), 0o17, 0.2, (-16), .5].filter((p7) => ((4 + (-10)) === Math.max()));
for (const [k9, v10] of Object.entries(({ y: 1, 10: 5, 0: (-0), k1: 1e21 }))) {
  var a11 = a6;
  const acc12 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
}
const memo13 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})(Math.floor(7));
b2 = ("line\nbreak".toUpperCase() === "a-b-c".repeat(0));
const [s14, s15 = "tab\tend", s16] = 'null'.split(" ");
let s17 = a6.map((x18) => x18 + "").join().slice(0, 48);
let a19 = a6.concat(10).slice(1, (-1)).slice(0, 16);
return [o1, b2, o4, b5, s14, s15, (-2147483648)];
