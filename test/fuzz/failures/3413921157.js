// Kitwork fuzz failure, program seed 3413921157
// reason: V8 returned, VM threw
// V8: ok [21,{"len":-21,"a":-Infinity,"b":-1000},{"0":Infinity,"10":9007199254740992,"k1":1.5,"b":0},"a b c,3.5,0,  pad  ,MiXeD a,ÅÉü"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3413921157

for (var i1 = 0; i1 <= 20; i1 += 1) {
  let n2 = [].indexOf((+(false ? [(-0), (-0.5), 8, (-42), 8] : [0o17, 10, 2147483648, (-20)])));
  var a3 = Array.from({ length: 1 }, (_, i4) => i4 * 10);
  const memo5 = ((base) => {
    let calls = 0;
    return (v) => {
      calls++;
      return v * base + calls;
    };
  })(Math.min(i1, n2));
}
switch ((i1 | 1e-7)) {
  case (-1):
    let n6 = (false ? i1 : ((i1 != i1) + (null ?? i1)));
    const n7 = (-1e-7);
  case (-0):
    if (Number.isInteger(i1)) {
      const n8 = (Number.isInteger((false ? i1 : 1)) ? 1 : 0);
      for (let i9 = 0; i9 <= 9; i9++) {
        const a10 = [(-0xff), 7, 0.5, 4, (-1 / 0)].filter((p11) => false).slice((-3));
        if (a10.length - 1 < a10.length) a10[a10.length - 1] *= Math.abs(i9);
        const x12 = `${[...a10.slice((-3)), ...[...a10].filter((x13) => x13 === x13).sort((x13, y14) => y14 - x13)]}`.slice(0, 48);
      }
      const b15 = [(-.5), 123.456, 1.5, (-5e-324), 3, (-0)].map((x16) => `${x16}`).slice((-1)).includes(("a-b-c" + (-32)));
    }
    break;
  case 2:
    break;
  default: {
    const s17 = (i1 + ` ${("" || ["ab", "\u0041\x42", "3.5", 'a'])}:${(true && false)}a${"x,y,z".length}\`q`).slice(0, 48);
    switch ([2147483647, 1000, (-4294967296), 9, 3, (-0b101)].reduce((acc18, x19) => acc18 - x19, 2)) {
      case "1":
      case (0 / 0):
        for (const it20 of Object.keys(({ z_: 7, b: 10, ["c"]: 3 }))) {
          let a21 = [].filter((p22) => false);
        }
        break;
      case (-0): {
        break;
      }
    }
    break;
  }
}
const o23 = ({ ...({ len: (-i1), "a": (-1 / 0), b: 5 }), ...([].includes('abc,def') ? (false ? ({ c: 8 }) : ({ c: 7, 0: 2 })) : (true ? ({ b: (-1e3) }) : ({ 0: (-3) }))) });
const o24 = ({ k1: 1.5, "0": (1 / 0), 10: 9007199254740993, b: Math.floor(0) });
if (((-i1) <= (i1 * (1 / 0)))) {
  let caught25 = null;
  try {
    for (const it26 of [1]) {
      let a27 = [1].map(p28 => 3);
      if (((+"s") != (true + it26))) throw (+undefined);
    }
  } catch (e29) {
    caught25 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  } finally {
  }
}
return [i1, o23, o24, `${["a b c", "3.5", '0', "  pad  ", "MiXeD"]} ${["a", "ÅÉü"]}`];
