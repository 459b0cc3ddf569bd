// Kitwork fuzz failure, program seed 3927276056
// reason: different results
// V8: ok [{"2":Infinity,"10":2147483648,"c":3,"a":7},[],"2MiXeD",NaN,[-31,1],1,0]
// VM: ok [{"2":Infinity,"10":2147483648,"c":3,"a":7},[],"",[],[-31,1],1,0]
// replay: node --import tsx test/fuzz/run.ts --replay 3927276056

const o1 = ({ ...({ c: 3, 10: 6, "2": (1 / 0), a: (-4294967296) }), ...((!({})) ? ({ a: (1 / 0) }) : ({ "a": 7, 10: 2147483648 })) });
function f2(p3 = 10, p4, ...rest5) {
  let [n6 = (-2147483647), n7, n8, ...a9] = [...rest5, ...p4];
  p4 = p4.map(p10 => (~n6));
  const s11 = (42).toFixed(4);
  return rest5.reduce((acc12, x13) => acc12 - x13, 2);
}
switch ("ab".split("|").join("-")) {
  case "": {
    if ((123.456 === 1e3)) {
      if ((true && true)) {
        const n14 = [...[(-3.75), (1 / 0), 6].map((p17, i18) => i18), ...Object.values(o1)].reduce((acc15, x16) => acc15 - x16, 0);
        var n19 = f2(n14, [5, 7, (-9007199254740993), (-5e-324)]);
        const { c: n20 = 2 } = ({ 10: n14, z_: (-9007199254740993), ["c"]: 1 });
      } else if ([1e3].concat((-4294967295)).includes(f2((-1), [8, 10]))) {
        let n21 = (false + 10);
        let o22 = ({ k1: 7, z_: [(-20)].reduce((acc23, x24) => acc23 * x24, 0), a: 7, 0: f2(n21, []), ...o1 });
      }
      o1["0"] ??= f2?.((-100), [10, 2, 2, 7, 0o17, 8]);
      const n25 = f2(0, [(-1e21), (-1), 7, (-8)]);
    } else if ((true && false)) {
      for (const it26 of (1 + "\u0041\x42")) {
        var o27 = ({});
      }
    }
    if ((typeof ([] ?? 7) === "undefined")) {
      for (var i28 = 0; i28 <= 9; i28 += 1) {
        let { x: n29 = 0, ...o30 } = ({ i28 });
        o30 = ({ ...({ 0: (-0b101) }), x: n29 });
        n29 <<= (--n29);
      }
    }
    break;
  }
  case "ab": {
    for (let it31 of Object.keys(o1)) {
      if (true) {
        f2(f2(256, [2, 4, 4, 1e21, 10]), Array.from({ length: 2 }, (_, i32) => i32 * (-2147483647)));
      } else if ((false && true)) {
        var n33 = Math.ceil((-1.5e300));
      }
    }
    var sa34 = (8 + "ab").split(" ").slice(0, 16);
    break;
  }
  case "a": {
    break;
  }
}
let n35 = ([] ?? 0);
const s36 = (f2(f2(5, [1]), [(-256), (-3), 9, (-0), 5, 9].map((p37, i38) => i38)) + "MiXeD".padStart(8, "").slice()).slice(0, 48);
var n39 = Math.round([10, 3, (0 / 0), 9, (0 / 0), 4].reduce((acc40, x41) => acc40 - x41, 0));
var a42 = [(-31), [9].length];
const x43 = (a42[1] || s36.split("").map(p44 => p44));
return [o1, n35, s36, n39, a42, x43, (n35++)];
