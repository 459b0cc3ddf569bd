// Kitwork fuzz failure, program seed 2088510881
// reason: V8 returned, VM threw
// V8: ok [{"z_":-1000,"len":NaN},false,-1,-1.75,false,"[null]"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2088510881

if ((!("true".at(2) ?? ""))) {
  if (("MiXeD" != "true")) {
    let n1 = Math.max(["tab\tend", "a-b-c", 'x,y,z', "back\\slash", "Hi there"].length, (undefined ?? (6 + (-32))));
    if ((("" !== null) && ((-4294967295) != n1))) {
      let n2 = 2.5;
    } else if (false) {
      n1 = n1;
      n1 |= [(-0.5), (0 / 0), 2, 0, 6].length;
    } else {
      const b3 = (("back\\slash" + "a-b-c").charAt(1) !== 'ÅÉü'.padEnd(6).toUpperCase());
      const n4 = [3, (-0), 4, 1e21, 2147483648, 6].slice(3).reduce((acc5, x6) => acc5 * x6, 1);
    }
    let sa7 = Object.keys(({ a: 3 }));
  } else {
    for (const it8 of Object.keys(({ ...({}), ...({ z_: 0.5, 10: 4, k1: (-5), b: 7 }) }))) {
      const n9 = (Array.from({ length: 6 }, (_, i10) => i10 * 4294967296).length - (-(false ? 0o17 : (-1 / 0))));
      var n11 = 9;
    }
    let s12 = ["true", "ab", "a", 'MiXeD', "x,y,z"].join("").repeat(1).toLowerCase().slice(0, 48);
  }
}
const o13 = ([5, 16, (-1e3)].concat([7, (-0.2), 2.5, 2.5, 1.5e300, (-0)]).includes(["zz"].length) ? ({ k1: 'abc,def'.length }) : ({ z_: (-1e3), len: ((0 / 0) / (-65535)) }));
const adder14 = (k) => (v) => v + k;
const add15 = adder14(0.2);
if (((-32) == 20)) {
  let caught16 = null;
  try {
    for (var i17 = 13; i17 > 0; i17--) {
      var a18 = (false ? [5, 3, 3] : [(0 / 0), 31, 1]);
      const n19 = Math.sqrt(i17);
      const x20 = `${(["hello"] - ["b"])}`.slice(0, 48);
    }
    if ((false && false)) throw "a-b-c";
    if (((false ? 4 : 3) == (8 - i17))) {
      const n21 = ` ${true}a${[(0 / 0), 1000, 2, 6, 9]}\`q`.toUpperCase().indexOf(("-7" + "zz").slice(0, 1));
      let b22 = ["hello", "MiXeD", "q\"uote"].includes(JSON.stringify(o13));
      let [n23 = (-31), , n24 = (-65535)] = [(0 / 0), 10, 2];
    } else {
      const [n25] = [(-8), 8, 0, 3];
    }
    if (((-i17) >= (i17 << i17))) throw new Error("u:" + "Hi there".slice(3, 0));
  } catch (e26) {
    caught16 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
  } finally {
    let s27 = ('a' + ({ ...({}), ...o13 })).repeat(2).slice(0, 48);
  }
  o13["0"] ??= "1e3".length;
}
var b28 = (typeof ([] || [(-0.1)]) === "string");
const n29 = [1, 0, 32, 0, (-123.456), 7].map((x30) => x30 + "").map((q31) => q31.length).indexOf((+([4, (0 / 0), (-0b101), 7, 8, 0.5] - false)));
b28 = Array.isArray(0);
let n32 = ((n29 * 3.75) + ["0", "12"].length);
let b33 = false;
b33 = (typeof ({ p: n32, q: { r: o13 } }) === "undefined");
return [o13, b28, n29, n32, b33, JSON.stringify([null])];
