// Kitwork fuzz failure, program seed 4110976384
// reason: V8 returned, VM threw
// V8: ok [false,null,{"10":3.75,"z_":6,"b":"falseab"},["ab"],null,null]
// VM: throw TypeError: TypeError: adder26 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 4110976384

let b1 = (`-${[2, 0o17, 2147483648, (-1e21), 0xff].filter(p2 => false)}a${["hello", 'a b c'].filter((p3) => false)}${((-0o17) ^ 3)}\`q` >= ("ab" + "line\nbreak").slice(1, (-1)));
let caught4 = null;
try {
  let o5 = ({ ...({}), x: (16 % (-256)) });
} catch (e6) {
  caught4 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
}
var o7 = ({ ...(b1 ? ({ y: (-16), "c": (0 / 0), k1: 4294967296, "0": 10 }) : ({ z_: 6, 10: 3.75 })), b: Math.sign(2) });
var n8 = (["ab"] ?? [(-4294967295), 0.1, (-0)].reduce((acc9, x10) => acc9 - x10, 0));
const f11 = function (p12) {
  for (let it13 of ["12", "tab\tend", 'single', "abc,def"].slice((-2))) {
    const { c: n14 = (-1 / 0), b: n15 = 7 } = ({ "x": 3 });
    p12 = [(-2147483647), 256].slice(1).concat((false + n14)).slice(0, 16);
    for (let i16 = 0; i16 <= 2; i16 += 1) {
      let [s17 = "ab", s18 = 'b', ] = ['MiXeD', "ab", "x,y,z", "a b c"];
      const [n19 = (-0), n20 = 8, n21] = p12;
    }
  }
  return ["a-b-c", "zz", "😀x", "3.5", "x,y,z"];
};
for (const it22 of 'Hi there'.repeat(0)) {
  if ((it22.toUpperCase() >= it22.padEnd(4, "0"))) {
    let caught23 = null;
    try {
      n8 ??= (++n8);
      ++n8;
      b1 = (true || false);
      if ((!123.456)) throw "zz";
    } catch (e24) {
      caught23 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
      if (((n8 & 5) > (b1 + n8))) continue;
    }
  }
}
for (const it25 of Object.keys(o7)) {
  const adder26 = (k) => (v) => v + k;
  const add27 = adder26((n8 / n8));
}
let caught28 = null;
try {
  o7["b"] = (false + n8);
} catch (e29) {
  caught28 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
}
let caught30 = null;
try {
  b1 &&= (Math.min(n8) > (b1 ? (-16) : n8));
  let caught31 = null;
  try {
    let n32 = ((0 + n8) - (n8 * n8));
    let n33 = (-(n32 + (-2.5)));
    if ((!"tab\tend")) throw new Error("u:" + ` ${b1}`);
  } catch (e34) {
    caught31 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
  }
  if ((({ p: [(-0.5)], q: { r: [1000, 1, 5, (-8), (-0)] } }) == undefined)) throw (n8 * n8);
} catch (e35) {
  caught30 = typeof e35?.message === "string" && e35.message.slice(0, 2) === "u:" ? e35.name + "/" + e35.message : (e35?.name ?? e35);
}
return [b1, caught4, o7, n8, caught28, caught30];
