// Kitwork fuzz failure, program seed 2033819145
// reason: different results
// V8: ok [false,{"code":0},"12",5]
// VM: ok [false,"TypeError","12",5]
// replay: node --import tsx test/fuzz/run.ts --replay 2033819145

if (([0.5, 0, 6, (-5)].reduce((acc1, x2) => acc1 + x2, 1) != Math.floor(8))) {
  const sa3 = ["ÅÉü", "abc,def", "abc,def", "1e3"].filter((p4) => true);
  sa3.pop();
  const n5 = (0 % 9);
} else {
  for (const it6 of [0, (-1 / 0), 0o17]) {
    switch ((true ? it6 : 6)) {
      case (-1):
        var o7 = ({ ...({ y: (-1 / 0), 10: (-16), a: (-1.5) }), k1: (0 / 0) });
        break;
      case 3:
        let s8 = ((it6 != 5) ? 'single'.slice(1, 6) : '  pad  '.padStart(9));
        if (((-it6) == it6)) continue;
        break;
      case 10: {
        break;
      }
      case 0: {
        break;
      }
      default: {
        const o9 = ({ c: 0xff, "a": 8 });
        let n10 = it6;
      }
    }
    if ((!it6)) continue;
  }
  const n11 = "ÅÉü".slice(0, 3).length;
}
let b12 = ((0 / 0) > (-1e-7));
let caught13 = null;
try {
  const n14 = (([].reduce((acc15, x16) => acc15 - x16, 0) & (b12 ? 3 : 4)) - (-"hello".length));
  const a17 = Array.from({ length: 0 }, (_, i18) => i18 * 0);
  let w19 = 0;
  while (w19 < 18) {
    w19 += 1;
    for (let i20 = 0; i20 < 2; ++i20) {
      if (a17.length - 1 < a17.length) a17[a17.length - 1] = a17.length;
      if (0 < a17.length) a17[0] += Math.ceil(n14);
      b12 ??= (!n14);
    }
    let n21 = a17.filter(p22 => b12).indexOf((+a17));
  }
  if (true) throw { code: a17.length };
} catch (e23) {
  caught13 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  const a24 = [3, (-.5), 8, 1].slice((-1), 3).map(p25 => p25);
}
if (([({}), false, [1000]] == undefined)) {
  const sa26 = ["0", "null", "true"].concat(["b", "tab\tend", "b"]).concat(Object.keys(({ x: (1 / 0), "y": 1, k1: 5, b: 9007199254740991 }))).concat([].map(p28 => p28).map((x27) => x27 + "")).slice(0, 16);
} else {
  var sa29 = ["x,y,z", "  pad  "];
}
return [b12, caught13, (b12 ? "abc,def" : "12"), (false ? (-4294967296) : 5)];
