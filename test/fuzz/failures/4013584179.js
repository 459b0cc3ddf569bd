// Kitwork fuzz failure, program seed 4013584179
// reason: V8 returned, VM threw
// V8: ok [[NaN,0,0,0,0,0,0,0,0,0,0,0,7,0],null,0,null,"y",false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 4013584179

const a1 = (((5e-324 > 7) || (!"ab")) ? [6, (-0), 4294967295, 1.5e300, (1 / 0), 3].map((p2) => p2).concat([1e21, 32, 9007199254740991, 0xff]) : [].slice((-2)).concat((+[3, (0 / 0), 5]))).slice(0, 16);
for (let i3 = 0; i3 <= 11; i3 += 1) {
  if (a1.length < 40) a1.push("hello".indexOf(""));
}
if (((Number.isInteger(4) ? 1 : 0) <= Math.min(2147483648, (-0), 7))) {
  const b4 = ((true || true) || (!""));
  const s5 = (typeof (!false));
  const adder6 = (k) => (v) => v * k;
  const add7 = adder6(a1.reduce((acc8, x9) => acc8 - x9, 0));
} else {
  const b10 = (false && false);
}
let caught11 = null;
try {
  var o12 = ((0.2 > .5) ? ({ x: 8, k1: (-123.456) }) : ({ 0: (-123.456), z_: (-3.75) }));
  let a13 = a1;
} catch (e14) {
  caught11 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
} finally {
  for (const it15 of "abc,def".split(" ")) {
    if (((true || true) || false)) {
      let n16 = ("back\\slash".length / ((0 / 0) * (0 / 0)));
      let [n17, n18 = 1e21, n19 = 7] = ["b"].map((q20) => q20.length);
      n19 = ((-4294967296) / 7);
    }
    const [n21 = 7, n22] = [(-1 / 0)];
  }
  for (const it23 of Object.keys(({ 0: 9007199254740993, "y": (-0), 2: 2.5, ["c"]: 5 }))) {
    for (const it24 of ["ÅÉü"].slice().sort((x25, y26) => x25.length - y26.length)) {
      const o27 = (a1.slice(2, 6).includes(((-3.75) ^ (-2147483647))) ? ({ len: 255 }) : ({ "10": Math.max(4, 255) }));
      let o28 = ({ ...o27, ...o27 });
      if ((a1 > ({ a: 31, x: 10, "10": 123.456 }))) continue;
    }
    if (a1.length - 1 < a1.length) a1[a1.length - 1] = (false ? 100 : 7);
    const [n29, n30, n31] = a1;
  }
}
if (a1.length < 40) a1.push(0);
let n32 = "abc,def".slice((-1)).slice(2, (-1)).length;
let caught33 = null;
try {
  if ([8, (-256)].map((x34) => `${x34}`).includes('-7'.slice((-2), 2))) {
    let caught35 = null;
    try {
      var n36 = Math.round(a1.indexOf((false ? n32 : 5)));
      var o37 = (true ? ({ 10: (-0), "0": 9, len: (++n36), c: 0.1 }) : ({ ["n" + 2]: 6 }));
      let [s38 = "\u0041\x42", s39 = "MiXeD", , ...sa40] = "ab".split("-");
      if ((9 == 1)) throw 'ab';
    } catch (e41) {
      caught35 = typeof e41?.message === "string" && e41.message.slice(0, 2) === "u:" ? e41.name + "/" + e41.message : (e41?.name ?? e41);
    } finally {
      let sa42 = a1.filter(p44 => false).map((x43) => `${x43}`).filter(p45 => true);
      if (([5e-324, 1_000, 16, 1.5, 9, 2147483647].concat(a1) === null)) throw { code: Number('null') };
    }
  }
  if ((!["MiXeD", 'ab'])) throw new TypeError("u:bad");
} catch (e46) {
  caught33 = typeof e46?.message === "string" && e46.message.slice(0, 2) === "u:" ? e46.name + "/" + e46.message : (e46?.name ?? e46);
} finally {
}
return [a1, caught11, n32, caught33, ("x,y,z"[2] ?? "zz"), false];
