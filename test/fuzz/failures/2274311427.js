// Kitwork fuzz failure, program seed 2274311427
// reason: different results
// V8: ok [{"0":NaN,"10":2,"x":Infinity,"b":10,"len":31,"k1":4},{"0":NaN,"10":2,"x":Infinity,"b":10,"len":31,"k1":2},["-7"],NaN]
// VM: ok [{"0":NaN,"10":2,"x":Infinity,"b":10,"len":31,"k1":4},{"0":NaN,"10":2,"x":Infinity,"b":10,"len":31,"k1":2},"-16,1000,255,5,1000",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2274311427

var sa1 = ["hello", "MiXeD", 'true', "back\\slash"].filter((p4) => true).concat(["-7"]).slice().sort().slice(0, 16);
let o5 = ({ ...({ ...({ x: (-65535), "b": 10, len: 31, 10: 4 }), x: 9 }), ...({ x: (1 / 0), k1: 4, 10: 2, 0: (0 / 0) }) });
var o6 = ({ 10: 32, ...o5, ["k" + 1]: 2 });
var sa7 = sa1;
sa1 ??= '3.5'.split(" ").concat(sa7).slice(0, 16);
for (let it8 of [(-0.5), 7, 2, 9]) {
  sa7.pop();
}
for (const it9 of [1.5, (-0xff), 4294967295]) {
  let caught10 = null;
  try {
    const a11 = [(-1 / 0), 0, 0.1, (-4), 4].slice(1, (-2)).map(p12 => Math.sqrt(p12));
    let caught13 = null;
    try {
      if (a11.length < 64) a11.push("0".length);
      var x14 = o5;
    } catch (e15) {
      caught13 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
    }
    if (a11.length < 40) a11.push((-0xff));
    if (("  pad  ".slice() <= 'zz'.split("").join("-"))) throw new Error("u:" + (it9 + "true"));
  } catch (e16) {
    caught10 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
    if (false) {
      sa1.pop();
    } else if (("MiXeD".length === it9)) {
      o6 &&= o6;
    } else {
      var s17 = ("ÅÉü".at(0) ?? "").slice((-1), (-2));
    }
  }
  for (let i18 = 0; i18 <= 8; ++i18) {
    for (let i19 = 0; i19 <= 1; ++i19) {
      const n20 = ([(-1 / 0), 3, (-10), 9].includes(i19) ? (false + it9) : (it9 / it9));
    }
  }
}
const adder21 = (k) => (v) => v * k;
const add22 = adder21((false + 1e3));
let caught23 = null;
try {
  const s24 = (sa1[0] ?? 'Hi there');
  if (("ÅÉü" != s24)) {
    sa1 = ["abc,def", "a-b-c"];
    if (("x" in o5)) {
      const [s25 = 'abc,def', s26 = ''] = sa7.filter((p27) => false);
      let n28 = add22((0 / 0));
      const b29 = ((n28 | (false ? n28 : n28)) < (true ? 'null' : s24).indexOf((s25 + '12')));
    } else {
      let n30 = add22(add22(add22(8)));
      let sa31 = sa1;
    }
  } else {
    let b32 = ([1, 5, 1e21, 2, 0].reduce((acc33, x34) => acc33 + x34, 0) !== 10);
  }
} catch (e35) {
  caught23 = typeof e35?.message === "string" && e35.message.slice(0, 2) === "u:" ? e35.name + "/" + e35.message : (e35?.name ?? e35);
} finally {
}
return [o5, o6, sa7, (+[(-16), 1_000, 255, 5, 1_000])];
