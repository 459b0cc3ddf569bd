// Kitwork fuzz failure, program seed 3224711617
// reason: V8 returned, VM threw
// V8: ok ["abc,defabc,defABC,DEFABC,DEF",{"c":9,"k1":0.2,"len":4,"a":4294967296},[],-1]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3224711617

let s1 = [].join(",").toUpperCase().slice(0, 48);
function f2(p3, p4, p5) {
  p3 = [...[10, 4294967296, 4], ...[10, 2147483647, 2, 8, 1]].slice(0, 16);
  if (["a b c", "b", "line\nbreak"].includes("q\"uote")) throw [(0 / 0), 7, (-32), (1 / 0)];
  return "back\\slash".split("");
}
if (((7 + 0) == (false ? ({ "c": 8, k1: 65535, x: 10, y: (-0) }) : undefined))) {
  s1 = String(false).slice(0, 48);
  for (let i6 = 0; i6 < 17; i6 += 3) {
    const sa7 = [];
    sa7.sort();
    s1 ||= s1;
  }
} else {
  let caught8 = null;
  try {
    for (const it9 of (s1[3] ?? "true")) {
      const a10 = Object.keys(({})).map((q11) => q11.length);
      if (a10.length < 64) a10.push(Math.trunc(9), ["MiXeD", "-7", '12', "null", "true"].length);
      if (a10.length - 1 < a10.length) a10[a10.length - 1] += "zz".indexOf('');
    }
    if ((6 == 8)) throw new Error("u:" + (s1 + s1));
  } catch (e12) {
    caught8 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
    if ((256 < 3)) {
      let sa13 = s1.split(", ");
      const s14 = s1.split(",").join("|");
      const n15 = (~9);
    } else if ((Math.ceil(3) >= [].indexOf(3))) {
      let o16 = ({ ...(true ? ({}) : ({})), k1: s1.indexOf(s1) });
    }
  }
}
if ([5, (-8)].map(p17 => p17).includes(Math.sign((-1_000)))) {
  let b18 = [32, 4, 0o17].includes(Number(s1));
  const n19 = ((s1 ?? (1000 - 0)) >>> "0".slice((-3)).length);
} else if ((![256, (0 / 0), 1e-7, (-10), 10])) {
  let w20 = 0;
  while (w20 < 9) {
    w20++;
    s1 = (s1 + "ÅÉü").slice(-48);
    if ([4, (-1.5e300), 5, 42, (1 / 0), 0o17].includes(5)) break;
    const s21 = JSON.stringify([].length).slice(0, 48);
  }
}
var o22 = ({ c: 6 });
const x23 = (((1 / 0) > 1.5) ? [].map((x24) => x24 + "") : undefined);
const f25 = p26 => "null".toUpperCase();
o22["2"] ??= [6, 4].length;
s1 = (s1 + "abc,def".repeat(2)).slice(-48);
s1 = (s1 + s1.toUpperCase()).slice(-48);
o22 = ({ ...({ c: 9, k1: 0.2, len: 4 }), a: 4294967296 });
const n27 = [4, 3, 8, 4294967295, 0].indexOf((+[(-5), (-2), (0 / 0), (-0)]));
f25(s1);
return [s1, o22, x23, n27];
