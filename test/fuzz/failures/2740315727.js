// Kitwork fuzz failure, program seed 2740315727
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1a-b-c
// VM: throw <value>: Error: u:1a-b-c
// replay: node --import tsx test/fuzz/run.ts --replay 2740315727

if ((!(true ? ({}) : ({ len: 6, b: 6 })))) {
  for (const it1 of [(0 / 0), (-31)]) {
    for (let i2 = 0; i2 < 17; i2 += 2) {
      const sa3 = ["1e3"];
    }
    if (Array.isArray((true ? [] : undefined))) {
      let { b: n4 = 0, c: n5 = 0.2, a: n6 = (-123.456), ...o7 } = ({ ...({ 2: 1_000, "z_": 1_000, c: 20 }), ...({ 0: (-1000), "z_": 4 }) });
    } else if ((["x,y,z", "abc,def", '12'] > [8].slice().sort())) {
      const n10 = it1;
    } else {
      let n11 = 10;
      const o12 = ({ 2: n11, z_: it1, x: it1, k1: 5e-324 });
    }
  }
} else {
  let { b: n13 = 3, ...o14 } = ({ 10: 5, "x": 123.456, 0: 2147483648, a: (-1.5) });
  for (const it15 of [1_000, 0.5, n13]) {
    const s16 = (("ab" + ({ p: o14, q: { r: ["x,y,z", "ÅÉü"] } })) + ("a b c" + (1 || 1))).slice(0, 48);
    delete o14.z_;
  }
}
const f17 = function (p18 = "x,y,z") {
  const f19 = (p20, p21 = 2, p22 = "b") => (p21 -= p21);
  const o23 = ({ ...({ ...({ x: 8, z_: (-0.5) }), y: (-4) }), a: f19([(-1.5e300), 32, (-0), 0, (-1 / 0), 123.456], 16) });
  return [(typeof true), [""].map(p24 => "1e3"), ({ p: [6], q: { r: p18 } }), [].reduce((acc25, x26) => acc25 * x26, 2)];
};
const s27 = "a-b-c";
if (((0.2 != 3) || (2 > 7))) {
  const n28 = (256 - 3);
} else if ((s27 !== (false ? s27 : s27))) {
  const a29 = [0xff, 1e3, 8, 0o17, 3].map((p30) => (-9007199254740993)).slice((-3), 1).map((p31, i32) => p31);
} else {
  let n33 = '  pad  '.indexOf("Hi there");
  n33 ||= "zz".length;
}
const f34 = (p35, p36) => {
  let a37 = Array.from({ length: 6 }, (_, i38) => i38 * 6);
  const n39 = (((true || true) <= (9 <= (-0.5))) + (("s" && ({})) ?? (true + 5)));
  function f40(p41 = .5) {
    let s42 = ((3 - (0 / 0)) + p35.join("|")).slice(0, 48);
    f17((typeof "s"));
    return JSON.stringify([null]).slice(0, 48);
  }
  for (let i43 = 0; i43 < 10; i43 += 2) {
    p35.pop();
    let a44 = (false ? [2.5, 0xff, 7, 3] : p35).slice().sort();
  }
  return ({ y: 3.75, "2": (1 / 0), 10: (true ? n39 : n39), a: (n39 * (-0)), n39 });
};
f17("😀x");
var o47 = ({ ...({ "z_": 4294967295, 2: (1 / 0), 10: 10, k1: 42 }), ...({ ...({ c: (-65535), y: (-1000), z_: 6 }), ...({ k1: 6 }) }) });
const [n48 = 1] = [(-1e-7), 0].filter(p49 => false);
if (("y" in o47)) throw new Error("u:" + (n48 + s27));
o47 = ({ "a": n48, 0: n48 });
return [s27, o47, n48];
