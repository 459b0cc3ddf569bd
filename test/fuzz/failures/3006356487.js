// Kitwork fuzz failure, program seed 3006356487
// reason: V8 returned, VM threw
// V8: ok [null,NaN]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3006356487

let caught1 = null;
try {
  if ((('hello' + '  pad  ') != "MiXeD".repeat(0))) {
    const n2 = "null".charCodeAt(0);
  }
} catch (e3) {
  caught1 = typeof e3?.message === "string" && e3.message.slice(0, 2) === "u:" ? e3.name + "/" + e3.message : (e3?.name ?? e3);
}
if ((true && true)) {
  function f4(p5 = "") {
    let n6 = `:${p5}a${7} end`.slice((-3)).length;
    const n7 = n6;
    return ({});
  }
  if ((caught1 !== null)) {
    let caught8 = null;
    try {
      let o9 = ({ ...({ k1: 0, "b": 3, 10: Math.trunc(0xff), len: ((0 / 0) / 0.2) }), ...f4() });
      if ((1.5e300 == 5e-324)) throw new TypeError("u:bad");
      const a10 = [...[0, 2], ...[]].slice(0, 16);
      if (('zz' >= "null")) throw new RangeError("u:range");
    } catch (e11) {
      caught8 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
      f4(("b" + "tab\tend"));
    }
    let w12 = 0;
    do {
      w12++;
      let x13 = `${((!({ "10": (-0), a: 0, len: 2 })) - [7, (-3)].filter(p14 => true).filter((x15) => x15 === x15).sort((x15, y16) => x15 - y16))}`.slice(0, 48);
      const a17 = [(-2147483648), ...[(-0.2), 8, (-0.2), (-1e21)], ...[(-0.1), (-0xff), 3]].map((p18, i19) => (p18 ^ p18)).slice(0, 16);
    } while (w12 < 5);
    let w20 = 0;
    while (w20 < 19) {
      w20++;
      var o21 = ({ a: w12, 10: 0xff, b: 5e-324, "0": 4, w12 });
      o21 = ((7 === 4294967296) ? ({ ...({ len: 9, y: (-3.75), "10": (-9007199254740991), a: 1 }), x: 9 }) : ({ len: 32, a: 10, "c": w12 }));
    }
  } else {
    let s22 = "Hi there".toUpperCase();
    for (const it23 of `:${[]}a${[]}:${9007199254740991}\`q`) {
      s22 = (s22 + `x=${true}!`.toUpperCase()).slice(-48);
      if ((1e21 != (-31))) continue;
    }
  }
  for (let i24 = 18; i24 > 0; i24--) {
    let a25 = [(-5e-324), ...[255, (-2147483648), (-1.5e300), 32].slice(1, 1), ...[...[]].filter((x26) => x26 === x26).sort((x26, y27) => y27 - x26)].slice(0, 16);
    for (let i28 = 0; i28 <= 16; i28++) {
      let a29 = [8, 1000, 31, 256, (-255), (true ? 3.75 : 1)];
      if ((false && false)) break;
      const a30 = ([...a29].filter((x31) => x31 === x31).sort((x31, y32) => y32 - x31).includes((+[9007199254740993, 6, 8, 2])) ? [(i28 / i24)] : ["1e3", 'MiXeD', "b"].map((q33) => q33.length).filter((x34) => x34 === x34).sort((x34, y35) => x34 - y35));
    }
  }
}
let n36 = (true + (0 / 0));
return [caught1, n36];
