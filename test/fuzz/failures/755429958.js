// Kitwork fuzz failure, program seed 755429958
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:x=false-x,y,z,1e3,ab,hello,a`q
// VM: throw <value>: Error: u:x=false-x,y,z,1e3,ab,hello,a`q
// replay: node --import tsx test/fuzz/run.ts --replay 755429958

for (let i1 = 0; i1 <= 7; i1 += 1) {
  function f2(p3) {
    let caught4 = null;
    try {
      p3 += p3;
      const o5 = ({ ...({}), ...({ 2: [].indexOf(2), k1: 10, "len": (-255) }) });
      if ((false != (-0))) throw new Error("u:" + ("ab" + [32, 10, (0 / 0), (-42)]));
    } catch {
      caught4 = "caught";
    } finally {
      const n6 = (-['ÅÉü', "a b c", "back\\slash", '  pad  ', "true"].length);
    }
    for (let i7 = 0; i7 < 12; ++i7) {
      let n8 = (("\u0041\x42" !== ["  pad  "].join()) ? [].map((p9) => i7).indexOf((i1 - i7)) : (-3));
    }
    for (const it10 of [4, 9, i1, (-65535), i1, (0 / 0)]) {
      const a11 = [(-20), ('single'.length | (false + 16)), 9007199254740991];
    }
    for (var i12 = 0; i12 <= 12; i12++) {
      switch ([2, 255, (-.5), (-2147483648), (-255)].indexOf(i1)) {
        default: {
          const sa13 = ["true", "b", "x,y,z"];
          if ((!(2 == i12))) continue;
          break;
        }
        case 0:
          break;
      }
      for (const [k15, v16] of Object.entries(({ k1: p3 }))) {
        const sa17 = (true ? [10, 4294967295, 2, 4] : [4294967295, .5, 2.5, 1, .5]).join(",").split(",").slice(0, 16);
        sa17.pop();
      }
    }
    return (false ? ({ 2: 1 }) : ({ x: (-1e21), 10: (-0b101) }));
  }
  if ([(-2.5), 3].concat([(-0)]).includes((-i1))) {
    for (let i18 = 0; i18 <= 16; i18++) {
      const o19 = ({ len: i18, z_: (-9007199254740991), i1 });
      let o20 = ({ ...({ ...o19, x: Math.sign(i18) }), z_: i18 });
    }
  } else {
    const o21 = ({ ["n" + 2]: 4 });
  }
  var a22 = [7, ...[(1 / 0), 6, 3, 16, 2, (false ? i1 : 6)], ...[(-7), 7].concat([10, 4, 5, (-0.5), 3]).concat([4, (-32)].map(p23 => i1))].slice(0, 16);
}
if ((true || false)) throw new Error("u:" + `x=${false}-${["x,y,z", "1e3", "ab", 'hello', 'a']}\`q`);
const { x: n24 = .5, c: n25 = 2, len: n26 } = ({ z_: 7, b: 42, len: 9007199254740993, "x": 3.75 });
let n27 = Number("a");
const b28 = ("s" == null);
for (const [k30, v31] of Object.entries(({ "y": n24, "k1": 0, b: 31 }))) {
  var sa32 = k30.split(", ").map((p33) => p33);
  sa32.pop();
}
const x34 = ({ ...({ c: (-1 / 0), "2": n24 }), k1: "MiXeD".charCodeAt(1) });
return [n24, n25, n26, n27, b28, x34, [2, (-42), (1 / 0), 123.456, 20, 2147483647].join(",")];
