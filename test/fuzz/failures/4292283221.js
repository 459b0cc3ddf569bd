// Kitwork fuzz failure, program seed 4292283221
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:end
// VM: throw <value>: Error: u:end
// replay: node --import tsx test/fuzz/run.ts --replay 4292283221

if (('abc,def'.charCodeAt(1) != (false ? (-0) : (-1)))) throw new Error("u:" + "tab\tend".slice(4));
switch (Math.max(10)) {
  case "1": {
    const n1 = (-42);
    break;
  }
  case 1:
    for (let it2 of Object.keys(({ "a": 1 }))) {
      if (it2.includes((typeof ({ "b": 9, z_: 10, "k1": 3 })))) break;
    }
    break;
  default:
    const f3 = function (p4, ...rest5) {
      for (var i6 = 0; i6 < 9; i6 += 2) {
        const x7 = `${(`x=${rest5}\`q` % ({ y: i6 }))}`.slice(0, 48);
      }
      let b8 = (rest5.concat(rest5) === rest5);
      const s9 = ["x,y,z"].join(" ").slice(0, 48);
      if (["a b c", "q\"uote", "😀x", "a b c"].includes(s9)) return [9, 3].map(p10 => 5);
      return rest5;
    };
    var b11 = ((true + 3) == (null ?? 1));
  case 10:
    for (let i12 = 7; i12 > 0; i12--) {
      let caught13 = null;
      try {
        var n14 = i12;
        const o15 = ({ ...({ "a": 3.75 }), len: 100 });
        --n14;
      } catch {
        caught13 = "caught";
      } finally {
        const a16 = [42, ...[4, 16, 9, (-255)].map((x17) => x17 + "").map((q18) => q18.length), ...([(-123.456), 65535, 1, 1, 2].includes(i12) ? [(-1 / 0), 8, 7, (-4), 0b101].slice((-3), (-2)) : [1e-7, 123.456, 4, 1].concat(i12))].slice(0, 16);
      }
      const sa19 = Object.keys(({ ...({ b: (-0), "z_": (-9007199254740993), 10: (-32) }), ...({ k1: 0b101 }) }));
      for (const [k21, v22] of Object.entries(({ ...({ 10: 0o17, 0: (-1_000), "c": 3, a: 3 }), k1: i12 }))) {
        const n23 = (Number.isInteger(i12) ? 1 : 0);
        var sa24 = Object.keys(({})).concat(sa19).slice(0, 16);
      }
    }
}
if ((({}) == [8, (1 / 0)])) {
  const n25 = 6;
  const acc26 = (() => {
    let total = 0;
    const items = [];
    return {
      add: (v) => {
        total += v;
        if (items.length < 32) items.push(v);
        return total;
      },
      get: () => total,
      list: () => items.slice(),
    };
  })();
}
return ["a b c".indexOf('x,y,z'), (0.2 % (-5e-324))];
