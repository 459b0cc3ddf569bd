// Kitwork fuzz failure, program seed 390925402
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:ÅÉüq"uote
// VM: throw <value>: Error: u:ÅÉüq"uote
// replay: node --import tsx test/fuzz/run.ts --replay 390925402

let caught1 = null;
try {
  let a2 = [(-42)].filter((x3) => x3 === x3).sort((x3, y4) => x3 - y4);
  if (((true || true) || ('ÅÉü' === "MiXeD"))) {
    if (("tab\tend" !== "a")) {
      let n5 = Math.round((123.456 - 1));
      let a6 = a2;
      n5 = a2.pop() ?? 3;
    }
    for (var i7 = 17; i7 > 0; i7--) {
      let n8 = (((32 - i7) % (false ? i7 : (-0.5))) / a2.length);
    }
    a2 = a2;
  } else if (a2.includes((-1000))) {
    const b9 = (!a2);
    for (const it10 of Object.keys((b9 ? ({ y: (-1 / 0), 10: 9 }) : ({ x: (-100), z_: (-0), b: 6, 0: 0o17 })))) {
      const { a: n11 = (-1e3), x: n12 } = ({ a: 31, y: 3, z_: 10 });
    }
  } else {
    const { b: n13, x: n14 = 4, a: n15 } = (true ? ({ "x": 5, y: (-1 / 0), a: 3.75, 2: 1 }) : ({ c: 0o17, 0: 9007199254740991, b: (-255), "x": 1e21 }));
  }
  a2 = a2;
} catch (e16) {
  caught1 = "outer";
} finally {
  if ((Math.floor(10) <= (false ? (-0) : 8))) {
    let s17 = "1e3";
    let w18 = 0;
    do {
      w18++;
      const n19 = 2;
    } while (w18 < 2);
  } else if (((0 ?? (-1 / 0)) > (123.456 * 65535))) {
    let x20 = ((false + 1e-7) == "x,y,z".charCodeAt(0));
  }
  const f21 = function (p22, p23, p24) {
    if (p23.padEnd(3, "ab").includes((p22 + "12"))) throw new RangeError("u:range");
    return [].join("").repeat(3).slice(0, 48);
  };
}
let n25 = (Number.isInteger(((-0) + (-5e-324))) ? 1 : 0);
if (false) {
  if ([...[(1 / 0), 1e21, 32, 1, 3, 9]].filter((x26) => x26 === x26).sort((x26, y27) => y27 - x26).includes([6, 32].reduce((acc28, x29) => acc28 * x29, 2))) {
    let o30 = ({ ...({ ...({ 2: 2147483648, len: 9, b: 4 }), ...({ ...({ c: 9, 0: 1.5e300 }), k1: n25 }) }), b: ((undefined ?? 'abc,def') ?? (7 ^ 9)) });
  }
  n25 -= ((n25 >= n25) ? "back\\slash".indexOf("  pad  ") : (8 * n25));
  const a31 = Array.from({ length: 4 }, (_, i32) => i32 * (-2147483647));
}
if (true) throw new Error("u:" + ("ÅÉü" + "q\"uote"));
let o33 = ({ 10: (-2.5), z_: n25, x: ["Hi there", "zz"].join("|").indexOf('single'), b: 2.5 });
o33.x += [2, 1.5, (-4), 1000].length;
const sa34 = [].map((x35) => x35 + "");
const s36 = (typeof Object.entries(o33).map((e37) => e37[1]));
let [n38 = 0] = [n25, n25, 0, (0 / 0), 0o17];
return [caught1, n25, o33, sa34, s36, n38, Math.min(n25, 9, 1), (s36 + "ÅÉü")];
