// Kitwork fuzz failure, program seed 928254474
// reason: V8 returned, VM threw
// V8: ok [null,null,[],NaN,"x,y,z"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 928254474

const f1 = (p2 = "ÅÉü", p3, p4) => [6].map((p5, i6) => 7);
let caught7 = null;
try {
  if ([].includes((20 * 256))) throw "  pad  ";
  const sa8 = Object.keys(({ y: 9, x: 1e-7 }));
} catch (e9) {
  caught7 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
}
let caught10 = null;
try {
  for (const it11 of [7]) {
    if ((it11 <= 1)) throw [4, 1, (-31), 20];
    if ((false && false)) continue;
  }
  if (false) throw "hello";
} catch (e12) {
  caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
}
let sa13 = Object.keys(({ k1: (-0), x: 1, 0: 10, "y": 1, ["c"]: (1 / 0) })).filter((p14) => (["b"].includes(p14) || (typeof caught7 === "boolean")));
const f15 = (p16, p17 = [1, 2]) => {
  let caught18 = null;
  try {
    p17 = p17.slice(1, 5).map(p19 => (true ? p16 : 0o17));
    if (p17.includes(p16)) throw new RangeError("u:bad");
  } catch {
    caught18 = "caught";
  } finally {
    let caught20 = null;
    try {
      if (("Hi there" != "3.5")) throw new TypeError("u:range");
      if ((!"a b c")) throw "Hi there";
    } catch (e21) {
      caught20 = typeof e21?.message === "string" && e21.message.slice(0, 2) === "u:" ? e21.name + "/" + e21.message : (e21?.name ?? e21);
    }
    let n22 = Math.round(1);
  }
  p17 ||= (false ? p17 : p17);
  return p17.concat(p16).filter(p23 => (9 < 2)).slice(0, 16);
};
sa13.pop();
for (let i24 = 0; i24 <= 1; ++i24) {
  const f25 = function () {
    let s26 = JSON.stringify((i24 - i24)).slice(0, 48);
    try {
      return sa13[8];
    } finally {
      for (let i27 = 0; i27 < 6; i27++) {
        f15(Math.sign(i24), [...[9007199254740991, 6]].filter((x28) => x28 === x28).sort((x28, y29) => y29 - x28));
        if ((!"ÅÉü")) return [0, 0b101, (-10), 6, 6, (-0)];
        let s30 = (Math.abs((i27 << i27))).toFixed(3);
      }
    }
  };
  let n31 = ([4, 5, 3, (-2147483648)].map(p32 => i24).indexOf((+[])) + ([(-5), (-1), 3].indexOf(65535) + "line\nbreak".length));
}
return [caught7, caught10, sa13, (3 % 0), (false ? 'a b c' : "x,y,z")];
