// Kitwork fuzz failure, program seed 2650863203
// reason: V8 returned, VM threw
// V8: ok [[-256,0,3,3,3,6,3],[-2147483648,-0,255,3,9,9007199254740991],null,"number",32768,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2650863203

const a1 = [(-256)].slice().sort();
var a4 = a1.slice((-2), 1).concat(a1.concat(10)).filter((x5) => x5 === x5).sort((x5, y6) => x5 - y6).slice(0, 16);
a4 = [1e3, 10, 42, 2].map((p7, i8) => 8).slice((-3));
let caught9 = null;
try {
  const s10 = (("1e3" + "")[0] ?? 'single').slice(0, 48);
  let s11 = 'single';
  let caught12 = null;
  try {
    let caught13 = null;
    try {
      const n14 = Number(s11.split("").join(""));
    } catch (e15) {
      caught13 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
      const x16 = s11;
    }
    for (let i17 = 0; i17 < 3; i17 += 2) {
      const sa18 = [...['abc,def', "a b c"]].sort((x19, y20) => (x19 < y20 ? 1 : x19 > y20 ? -1 : 0)).filter(p21 => false);
      const o22 = ({ a: 0o17, 2: (-1 / 0), "10": i17, z_: (sa18.length ** (-1)), ["n" + 2]: 4 });
      let o23 = o22;
    }
  } finally {
    for (var i24 = 0; i24 < 9; i24 += 3) {
      if (a1.length < 20) a1.push((false ? i24 : i24), a4.length);
    }
  }
} catch (e25) {
  caught9 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
} finally {
  if ((true || false)) {
    var n26 = Math.min(1_000);
  } else if ((![])) {
    let a27 = [3.75, 7, 1, 7, (7 ** 0.5), 2147483647].map(p28 => p28);
  } else {
    let s29 = ("\u0041\x42" + ({ p: ("tab\tend" + 1), q: { r: ({ y: 10, a: 7, z_: 10, "b": 1 }) } })).slice(0, 48);
    let s30 = ("0" + "hello").toUpperCase().slice().slice(0, 48);
  }
  const b31 = ((Number.isInteger(4) ? 1 : 0) === ((-1 / 0) * 32));
}
for (let it32 of a4) {
  if (a4.length < 20) a4.push((+({})), Math.abs(7));
}
a4 = [9007199254740991, (-0), 9, 255, (-2147483648), 3].slice().sort();
for (let it35 of ((-1000) + "  pad  ")) {
  const a36 = [(0 / 0), ...a4.map(p37 => 4), ...a1.slice((-1))].slice(1, 2).slice(0, 16);
}
const s38 = (typeof (7 % ((0 / 0) ** 2)));
if ((((-7) % (-0.5)) !== (0.5 | 5))) {
  if ([5, 4, 2].map(p39 => p39).includes((false ? (-1 / 0) : 9))) {
    a4 ??= a4.slice().sort();
    const { a: n42 = 10, ...o43 } = ({ "k1": 32, x: 2 });
    const x44 = (o43?.a && ({ ...o43, b: (Number.isInteger(n42) ? 1 : 0) }));
  } else if (true) {
    const [n45 = 10, n46 = 4, n47 = (-0)] = a4.map((p48) => p48);
  }
}
return [a1, a4, caught9, s38, (1 << 0o17), ["x,y,z", "ÅÉü", "back\\slash", "tab\tend"].includes(s38)];
