// Kitwork fuzz failure, program seed 3163012764
// reason: V8 returned, VM threw
// V8: ok [false,0,null,true,-2]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3163012764

for (let i1 = 0; i1 <= 13; i1 += 1) {
  let caught3 = null;
  try {
    const a4 = [0.1, 7, 2, 9, 7].map(p5 => p5);
    for (const it6 of a4) {
      const s7 = ("".repeat(3) + '0'.padEnd(5, "ab")).slice(0, 48);
    }
    if ((false && true)) throw "tab\tend";
  } catch {
    caught3 = "caught";
  }
  if ((i1 > (-i1))) continue;
}
var b8 = [3, 5, 5, 4].includes(9);
function rec9(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec10(n - 1);
}
function rec10(n) {
  return n > 0 ? rec9(n - 1) : false;
}
for (let i11 = 16; i11 > 0; i11--) {
  const sa12 = [].slice().sort((x13, y14) => x13.length - y14.length);
}
var n15 = [2.5, 1, (32 * 1000), 0o17, (-7)].indexOf((([] ?? (-7)) % 0));
let caught16 = null;
try {
  const o17 = ({ x: 5, "b": (n15 -= 'single'.indexOf("ÅÉü")), len: "b".split(" ").join(" ").indexOf(`x=${["12", "a-b-c", "", "0", "ÅÉü"]}`) });
  if (b8) {
    switch (String(({}))) {
      case "hello": {
        break;
      }
    }
  }
  const a18 = [1e21, 10, 2].concat((-0o17)).slice(0, 16);
} catch (e19) {
  caught16 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
  function f20(p21) {
    const f22 = function (p23, p24 = "MiXeD") {
      let n25 = (n15 >>> (n15 -= 5));
      let caught26 = null;
      try {
        let w27 = 0;
        while (w27 < 3) {
          w27 += 1;
          var o28 = ({ ...({ a: 0b101 }), y: p21.reduce((acc29, x30) => acc29 - x30, 1) });
          p23 = p21.pop() ?? 0;
          const o31 = (b8 ? o28 : o28);
        }
      } catch (e32) {
        caught26 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
      }
      return "q\"uote";
    };
    return (b8 ? (0 / 0) : null);
  }
} finally {
}
return [b8, n15, caught16, (10 > 3), (n15 | (-2))];
