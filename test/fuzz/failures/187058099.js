// Kitwork fuzz failure, program seed 187058099
// reason: V8 returned, VM threw
// V8: ok ["\n-1e+21,20,5,16,10a5 end-7","b","[5,8,-4294967296,6]",-4294967295]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 187058099

let s1 = (`\n${[(-1e21), 20, 0b101, 16, 10]}a${5} end` + "-7".slice()).slice(0, 48);
const fs2 = [];
for (let i3 = 0; i3 < 4; i3++) {
  fs2.push((v) => v * i3);
}
let s4 = `\n${["1e3", "Hi there"]} ${1e-7}!`.slice(0, 48);
if ((["1e3", "1e3", "a", "tab\tend"] === ({ c: 9007199254740993, x: 4 }))) {
  for (let i5 = 10; i5 > 0; i5--) {
    let [n6, n7, ] = [8, ...[(-1000), 9007199254740991], ...[(0 / 0), (-0), 8]];
    if ((["true", "line\nbreak"] != [4294967296, 1, 0, 100])) continue;
    var s8 = s1.split(" ").join(", ");
  }
  const o9 = ({ len: (-256) });
  function f10() {
    let a11 = [7, (0 / 0)].concat([5, 10]).slice(0, 16);
    a11.pop();
    return s1.split("-");
  }
}
if (([3].length >= (~(0 / 0)))) {
  if (['', "true"].includes(s1)) {
    s4 = s4.toUpperCase().toUpperCase();
  } else if ((2 <= (0 / 0))) {
    if ((s4 == s1)) {
      const b12 = [].filter((x13) => x13 === x13).sort((x13, y14) => x13 - y14).includes((false + 1.5));
      const b15 = false;
      let o16 = ({ c: (-0), 0: (-4294967295), "2": 5 });
    }
  } else {
    s4 &&= 'MiXeD'.slice(1, 2);
    let b17 = Array.from({ length: 2 }, (_, i18) => i18 * 4294967296).slice(3).includes(((+[]) * (Number.isInteger(4294967296) ? 1 : 0)));
  }
  const f19 = (p20 = [1, 2], p21, p22) => [(-7), (-0), 9, 10, (-5)].concat([(1 / 0), 3, (-0)]).slice(0, 16);
  for (const it23 of Object.keys(({ 10: (-2.5), a: (0 / 0) }))) {
    let w24 = 0;
    while (w24 < 10) {
      w24 += 1;
      let sa25 = [(-2147483647), 9007199254740993].map((p29, i30) => 6).map((x28) => `${x28}`).slice().sort();
      const s31 = (Array.isArray(null) ? '  pad  '.toUpperCase() : s4.slice(3)).slice((-4));
      const o32 = ({ c: (~3), "len": (-8), "2": 0, k1: ([].reduce((acc33, x34) => acc33 + x34, 0) >>> (5 / (-1.5e300))) });
    }
    const n35 = (("b" === "12") ? (0 / 0) : (({}) ?? 7));
    s4 = ("-7"[3] ?? "b");
  }
} else if (((6 >= 0xff) || ((-2147483647) >= (0 / 0)))) {
  function f36(p37, p38, p39 = 4) {
    if ((p38.indexOf('single') !== p39)) {
      let o40 = ({ x: 0o17, y: Math.min(p37, p39, (-42)) });
    } else {
      for (const it41 of []) {
        const s42 = "ab".slice(3, 7);
        if ((!["ÅÉü", "zz", "Hi there"])) continue;
      }
    }
    return ((false ? (-123.456) : p39) + s1).slice(0, 48);
  }
}
return [s1, s4, JSON.stringify([5, 8, (-4294967296), 6]), (-4294967295)];
