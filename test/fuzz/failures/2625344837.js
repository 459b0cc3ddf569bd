// Kitwork fuzz failure, program seed 2625344837
// reason: different results
// V8: ok [["a b ca-b-c"],{"code":-1},5,"\ud83d"]
// VM: ok [["a b ca-b-c"],"TypeError",5,"\ud83d"]
// replay: node --import tsx test/fuzz/run.ts --replay 2625344837

let sa1 = Object.keys(({ b: 8 }));
const f2 = function () {
  if (sa1.length < 40) sa1.push("3.5".slice());
  sa1 = sa1;
  for (const it3 of sa1) {
    const s4 = (typeof ['single', "MiXeD", "ÅÉü", "back\\slash", "q\"uote"]);
    let [n5 = 0, n6 = (-0), n7 = 0] = [7, 5].concat([]);
  }
  return Math.floor((1 / 0));
};
let caught8 = null;
try {
  const o9 = ({ ...({ b: ((-0) * (-0.2)), "k1": 0.1, 2: Math.floor((0 / 0)), y: (5e-324 % (-1e-7)) }), k1: (-1 / 0) });
  if (((sa1[0] ?? 'MiXeD') < (typeof false))) {
    var b10 = [9, 7, 65535, (-9007199254740991)].map((p11) => 7).includes((+[(-0)]));
  } else if ('single'.split(", ").includes("null".repeat(0))) {
    if (("z_" in o9)) throw new Error("u:" + [9007199254740993, (-31), (-0), 4, 6, 0].join("|"));
  }
  let a12 = [(-31), ((-5) / 3), 3, sa1.length, Math.round(6), (1 / 0)];
  if (("line\nbreak" != "MiXeD")) throw { code: a12.indexOf((0 / 0)) };
} catch (e13) {
  caught8 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
} finally {
  if (sa1.length < 40) sa1.push(("a b c" + 'a-b-c').slice(0, 48));
}
if ((1 === (1 / 0))) {
  for (const it14 of sa1) {
    let [s15 = "  pad  ", s16] = "a b c".split(" ");
    if (([] == null)) break;
  }
  const o17 = ({ ...({ ...({ x: (-1 / 0) }), z_: (~2) }), ...({ ...(false ? ({ "2": 8 }) : ({ 2: 9, len: 3 })), len: ((-0.5) - 3) }) });
  sa1.pop();
} else {
  for (let i18 = 0; i18 < 19; i18 += 3) {
    if (false) {
      const a19 = [8, 4, (-1.5e300)].map(p20 => Math.sqrt(i18));
      sa1 = sa1.map(p21 => (false ? "3.5" : "a b c"));
    } else {
      const n22 = (-1 / 0);
    }
    var o23 = ({ "0": i18, ["n" + 2]: 0.5 });
    let x24 = caught8?.p;
  }
  var a25 = [...[2.5, 3.75, (-3.75), 6, (1 / 0), 9], ...Array.from({ length: 4 }, (_, i26) => i26 * (-1.5))].slice(0, 16);
}
for (var i27 = 0; i27 < 5; i27++) {
  const n28 = [2, ...[6, 6], ...[10, 1_000, (-2147483648), 1, 2, (-1e21)]].map(p29 => (i27 / i27)).indexOf(Math.min());
  var s30 = (JSON.stringify(n28) + "3.5").slice(0, 48);
  for (let i31 = 6; i31 > 0; i31--) {
    const o35 = ({});
  }
}
sa1.sort();
sa1.pop();
return [sa1, caught8, i27, ("😀x"[0] ?? "0")];
