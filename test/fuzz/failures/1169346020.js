// Kitwork fuzz failure, program seed 1169346020
// reason: V8 returned, VM threw
// V8: ok [null,["q\"uote"],{"k1":255,"y":-1000},"MiXeD",true]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1169346020

let caught1 = null;
try {
  let caught2 = null;
  try {
    const a3 = ["😀x", "  pad  ", "a", ""].filter((p4) => false).map((q5) => q5.length).filter(p6 => (("q\"uote" <= 'a-b-c') || "".startsWith("a-b-c")));
    switch (((-1_000) ** 3)) {
      default: {
        break;
      }
      case (0 / 0):
        a3.pop();
        break;
    }
  } catch (e7) {
    caught2 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
    let s8 = `:${[6, (-2)].map((x9) => `${x9}`).filter((p10) => (7 != 5e-324))}x=${[2147483647, ...[(-.5), 2, (-0.2), 0.2], ...[9007199254740993, (-31), 0, 0]].includes("hello".charCodeAt(1))} ${Object.keys(({ 10: 0, c: 9, y: .5, 2: 5e-324 }))}!`.slice(0, 48);
  }
  if ((true && true)) {
    switch (["a"].length) {
      case 3:
        const a11 = [...[(-0)].filter((x12) => x12 === x12).sort((x12, y13) => x12 - y13).concat(["x,y,z", "x,y,z", 'true'].length)].filter((x14) => x14 === x14).sort((x14, y15) => y15 - x14).slice(0, 16);
    }
    const s16 = JSON.stringify([]).split("").join(",").padEnd(10, "").slice(0, 48);
  } else if (("12".indexOf("a-b-c") > Math.floor((-0xff)))) {
    for (const it17 of ["", 'null', "3.5"]) {
      let o18 = ({ 2: 10, "10": 8, x: 0 });
      o18 = ({ ...o18, ...({ x: 1e21 }) });
    }
  } else {
    let n19 = (+(("b" + [10, (-3.75), 2])[1] ?? "tab\tend"));
    const [n20, ...a21] = [123.456, 0, (-3.75), 1.5, 3].filter((p22) => true);
  }
  if (("q\"uote" <= "null")) {
    const b23 = [(-0), 2147483647, 1e-7].includes(4);
    var b24 = ([65535, 0o17].map((x25) => `${x25}`).includes("12".split("|").join("")) || ((null ?? []) === undefined));
  }
} catch (e26) {
  caught1 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
  let [s27 = 'hello', s28] = ['zz', "MiXeD", "a", "tab\tend"].slice().sort((x29, y30) => x29.length - y30.length);
}
var sa31 = Object.keys(({ len: (-42), ["n" + 2]: (-0) }));
const fs32 = [];
for (let i33 = 0; i33 < 5; i33++) {
  fs32.push((v) => v - i33);
}
sa31.sort();
sa31 = "q\"uote".split(",");
let o34 = ([1, 7].includes((+[100, 9, 2, 256, 3, (-4)])) ? ((5 >= (-1e-7)) ? ({ 0: 10, z_: 32 }) : (false ? ({ b: (-9007199254740991), x: (-0), 2: 20 }) : ({ len: (-100), "10": 3 }))) : ({ k1: 0xff, y: (-1_000) }));
function f35(p36, p37, p38) {
  o34.y = [0o17].reduce((acc39, x40) => acc39 * x40, 0);
  sa31.pop();
  o34.b = sa31.length;
  const [, s41] = ["x,y,z"].concat(["-7", 'zz', '  pad  ', 'a']);
  return ([5].reduce((acc42, x43) => acc42 + x43, 1) + ("a" + "")).slice(0, 48);
}
return [caught1, sa31, o34, "MiXeD".split("-").join(", "), ("true" !== "a")];
