// Kitwork fuzz failure, program seed 1531847422
// reason: V8 returned, VM threw
// V8: ok [[3,-2,9007199254740990,NaN,-2147483650,7,-257,13,3,4],"Hi there-3.0000001-3.0000001-3.0000001",{"0":106,"10":-4,"k1":NaN,"b":-123.456,"x":2,"y":Infinity,"c":4},null,-3.75,undefined,"",0,"object"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1531847422

var a1 = [3, ...[0, ...[9007199254740993, (0 / 0)], ...[(-2147483648), 9, (-255), 0o17, 0b101, 6]].map((p2) => (p2 - 2)), ...[(1 / 0)].filter(p3 => true).filter(p4 => (256 === p4))].slice(0, 16);
let x5 = (true ? a1 : null);
let s6 = 'Hi there'.padEnd(1);
let sa7 = Object.keys(({ z_: (-9007199254740991), a: 10 }));
a1 = sa7.map((q8) => q8.length);
let o9 = ({ ...({ ...({ k1: (0 / 0), b: (-123.456), x: 7 }), y: 3 }), ...({ 10: (-4), x: 2, c: 4, y: (1 / 0) }) });
let caught10 = null;
try {
  const adder11 = (k) => (v) => v * k;
  const add12 = adder11((false + 1));
  a1 &&= a1.map((p13, i14) => i14);
} catch (e15) {
  caught10 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
  s6 ??= `-${"true"}\n${(-7)}-${false}!`.slice().slice(0, 48);
}
for (const it16 of ('single' + 'a')) {
  o9["0"] ??= (6 - (-100));
  for (let i17 = 0; i17 <= 6; i17 += 1) {
    const s18 = ((false && false) ? (false ? "3.5" : "b") : it16.toUpperCase()).slice(2, 8);
  }
  sa7 = ["\u0041\x42"].map(p19 => '12');
}
let n20 = (["hello"].length - (((1 / 0) ** 0) - (true ? (-3.75) : 1e-7)));
let x21 = undefined;
if ((!n20)) {
  const { a: n22 = 10, ...o23 } = o9;
  sa7 = sa7.concat([]).slice(0, 16);
  const a24 = a1;
} else if ((n20 < n20)) {
  const b25 = ((typeof x5) >= `a${'ÅÉü'}x=${x5} end`);
  let { b: n26 = 9007199254740991, x: n27 = 7, c: n28 } = o9;
} else {
  if (a1.length < 64) a1.push(n20, (+a1));
}
const s29 = "😀x".slice(4);
a1 = a1.filter((x30) => x30 === x30).sort((x30, y31) => x30 - y31);
a1 ??= [];
for (let i32 = 0; i32 < 8; i32 += 3) {
  a1 = [];
  if ((('single'[1] ?? "abc,def") !== "b".toUpperCase())) {
    s6 = (s6 + (((-1e-7) + (-3)) + s29.split(", ").join(","))).slice(0, 48);
    if (a1.length < 40) a1.push("MiXeD".length);
    if (("  pad  ".padStart(0, "0") == s6.padEnd(9, ""))) {
      o9 = o9;
      const o33 = ({ ...o9 });
      let n34 = (-i32);
    } else {
      let { c: n35 = 2 } = ({ ...({ y: 8 }), x: (0 / 0) });
      var o36 = o9;
    }
  } else if ((Math.round(i32) != n20)) {
    let o37 = ({ ...({ i32 }), y: Math.max(i32, (-3), (-4)) });
    var a38 = [6, 1.5e300].filter(p39 => (s29.length !== (-(-10))));
  }
}
return [x5, s6, o9, caught10, n20, x21, s29, a1.indexOf(0b101), (typeof a1)];
