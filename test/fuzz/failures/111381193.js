// Kitwork fuzz failure, program seed 111381193
// reason: different results
// V8: ok [[],{"0":Infinity,"x":-32,"c":15},1.5,"510.0",0,"1e3"]
// VM: ok [[],"",[],"510.0",0,"1e3"]
// replay: node --import tsx test/fuzz/run.ts --replay 111381193

switch ((9 ** 0.5)) {
  case (-1):
    const fs1 = [];
    for (let i2 = 0; i2 < 4; i2++) {
      fs1.push((v) => v - i2);
    }
    for (let i3 = 3; i3 > 0; i3--) {
      if ((Number.isInteger(i3) && (true && true))) continue;
    }
    break;
  default: {
    let o4 = ((42 < 7) ? ({ ...({ a: 8, "2": (-9007199254740991), y: (-100), z_: 5 }), ...({ 10: (-1.5), len: 3 }) }) : ({ "len": 0.2, x: 2 }));
    break;
  }
  case 2:
    const b5 = ([(-0xff), 0b101, 3].indexOf(2) <= Math.floor((-1e21)));
    for (const [k7, v8] of Object.entries(({}))) {
      for (let it9 of Object.keys(({ x: 3, 10: 1 }))) {
        const o10 = ({ ...({ "10": (v8 - 1.5), len: it9.indexOf(it9), 0: 3.75, "b": [4, (0 / 0), 10].length }), b: (Math.trunc(v8) & (Number.isInteger(v8) ? 1 : 0)) });
        var a11 = [0, 0, (-0.5), 2, (-0b101)].slice().sort().concat((v8 % v8)).filter((p14) => (6 <= Math.max(p14, v8))).slice(0, 16);
      }
      for (const it15 of Object.keys(({}))) {
        const s16 = k7.toUpperCase();
        const n17 = (`a${b5}\n${"s"}:${["", 'a b c']} end` + it15).length;
        const a18 = ((n17 === v8) ? [].slice(1, (-1)) : [(-0), 0, 2, (-1.5e300), (-9007199254740991), 7].map(p19 => v8));
      }
      if (b5) {
        const [s20 = "Hi there", ] = ["zz", 'ab', "MiXeD", "3.5", "ab"].slice().sort((x21, y22) => x21.length - y22.length);
        let { c: n23 = 2 } = (b5 ? ({}) : ({ 2: 42, "c": (-9007199254740991), "0": 3, a: (-4) }));
      } else {
        var s24 = k7;
      }
    }
    break;
}
const sa25 = [].map((p26) => p26).slice(2);
const o27 = ({ x: (-32), c: 0o17, 0: (1 / 0) });
const x28 = ("0".startsWith("") ? 1.5 : undefined);
const s29 = (((-2) * 255)).toFixed(1).split("-").join("").slice(0, 48);
if ((Number.isInteger((-1e3)) && ('-7' != s29))) {
  const f30 = function (p31 = "12", p32 = "a") {
    if ((p32 != JSON.stringify(sa25))) {
      let b33 = ((x28?.length ?? o27) == null);
    } else {
      p31 = (p31 + p31.split(", ").join("|").split(",").join("")).slice(-48);
      var n34 = 10;
    }
    var b35 = true;
    var sa36 = [(-0b101), 4294967296, 1, 3, (-10), (-0)].map((x37) => x37 + "");
    o27["2"] = [2147483647].length;
    return ({ y: (-0), z_: 1.5, len: Math.ceil(8), ...o27, a: 2147483647 });
  };
  var n38 = [3, 3, (-0), (-3), (-0o17), 1].reduce((acc39, x40) => acc39 + x40, 2);
  var s41 = ((n38 + [(-10), 8, (-1.5e300), 0, (-4), (-0)].length) + ("hello" + s29).repeat(3)).slice(0, 48);
}
return [sa25, o27, x28, s29, (+[]), '1e3'];
