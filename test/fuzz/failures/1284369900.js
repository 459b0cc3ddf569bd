// Kitwork fuzz failure, program seed 1284369900
// reason: V8 returned, VM threw
// V8: ok [[4,2],[],NaN,false,undefined,{"0":NaN,"b":7,"c":Infinity,"k1":15},{"code":NaN}]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1284369900

var a1 = [4, 2].map((p2) => p2);
const a3 = [];
if (false) {
  if (a3.length - 1 < a3.length) a3[a3.length - 1] *= (8 + (0 / 0));
  let w4 = 0;
  while (w4 < 1) {
    w4++;
    let n5 = (1 / 0);
    let s6 = 'MiXeD'.slice(3, 0).repeat(1).slice(0, 48);
    n5 += n5;
  }
  const n7 = Math.floor(4);
} else if (false) {
  const f8 = (p9) => {
    let caught10 = null;
    try {
      const a11 = p9;
      const o12 = ({ ...({ a: 2, "x": 1, z_: (-7), "k1": 2147483647 }), x: 9 });
    } catch (e13) {
      caught10 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
      if ((typeof ({ p: undefined, q: { r: ({}) } }) === "boolean")) throw new Error("u:" + (false ? "Hi there" : 'b'));
    }
    if (a1.length < 64) a1.push((false ? (-1e-7) : 6));
    return [0, 1.5, 0, 0, 1, 9].concat(a3).filter((x14) => x14 === x14).sort((x14, y15) => x14 - y15).slice(0, 16);
  };
  var a16 = a3.slice(3).filter(p17 => ("q\"uote" < "ÅÉü"));
}
let n18 = ((0 / 0) - (-0b101));
let b19 = [...[31, 2, 10, 0, (-5e-324)], ...a3].includes((+({})));
for (const it20 of "-7".split("-")) {
  function f21(p22, p23) {
    const x24 = `${((it20 !== ` ${["MiXeD", 'a-b-c', 'b', "line\nbreak", "Hi there"]} end`) ? a1.slice((-2), 5).map((x25) => x25 + "") : null)}`.slice(0, 48);
    return ({ c: 4294967295, ["n" + 2]: 0.5 });
  }
  for (let i26 = 9; i26 > 0; i26--) {
    let { len: n27 = 1000, x: n28, a: n29 = 7 } = ({ c: 6 });
  }
  const b30 = (n18 != (~n18));
}
const x31 = a1[6];
const o32 = ({ "b": 7, 0: n18, c: (1 / 0), k1: 0o17 });
let caught33 = null;
try {
  for (const it34 of 'ab'.trim()) {
    if (false) break;
    let caught35 = null;
    try {
      const b36 = [(-4294967295), ...a3, ...a3.map((p37) => p37)].includes((x31 ?? (o32?.z_ ?? 8)));
      const a38 = [(-100), 3.75, 256];
      if ((it34 < it34)) throw Math.sign(n18);
    } catch (e39) {
      caught35 = typeof e39?.message === "string" && e39.message.slice(0, 2) === "u:" ? e39.name + "/" + e39.message : (e39?.name ?? e39);
      if ((x31?.p?.length == undefined)) continue;
    } finally {
    }
  }
  if (("a b c" !== "hello")) throw { code: (-n18) };
} catch (e40) {
  caught33 = typeof e40?.message === "string" && e40.message.slice(0, 2) === "u:" ? e40.name + "/" + e40.message : (e40?.name ?? e40);
}
return [a1, a3, n18, b19, x31, o32, caught33];
