// Kitwork fuzz failure, program seed 279365027
// reason: different results
// V8: ok [null,null,undefined,{"k1":0},4,4]
// VM: ok ["TypeError",null,undefined,{"k1":0},4,4]
// replay: node --import tsx test/fuzz/run.ts --replay 279365027

let caught1 = null;
try {
  if ([...[0, (-1), 5, (-1e21)], ...[6, 9, (-100), 1, 4, 0.2]].includes((+[(-1e3), 3]))) {
    let [n2 = 1000, n3 = 7] = [9, ...[], ...[(-0o17), 4, (-5e-324), 65535]];
    for (let i4 = 4; i4 > 0; i4--) {
      var sa5 = ['Hi there', "b", 'ab', "hello"].map(p6 => "zz").filter(p7 => Array.isArray("")).map(p8 => (`$${i4}!`.at((-1)) ?? "").slice(0, 48)).slice(0, 16);
      [n3, n2] = [n2, n3];
      const x9 = `${(n3 + "  pad  ").slice((-1), 6)}`.slice(0, 48);
    }
    const [n10 = (-16)] = [1e21, (0 / 0), 42, (-0xff)].concat([5, (0 / 0), 9007199254740991, (-7)]);
  } else if ((("hello" < 'zz') && (1.5 >= (-1.5)))) {
    var b11 = (((-2147483648) >>> 9007199254740991) == (7 * 6));
  } else {
    const s12 = (7).toFixed(2);
  }
  for (const it13 of [(-0xff), 2.5]) {
    var n14 = (({}) ?? it13);
    var n15 = Math.sign((([] ?? undefined) ?? (false + it13)));
    let o16 = ({ ...({ len: 0 }), ...({ 10: Math.sign(n14), "a": n15, b: [2147483647, (-1e-7), 2.5, 10, (-0)].reduce((acc17, x18) => acc17 - x18, 0), len: ["  pad  "].length }) });
  }
  if ((2 == (0 / 0))) throw new Error("u:" + ("abc,def" + "hello"));
} catch (e19) {
  caught1 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
} finally {
  const s20 = JSON.stringify(Array.from({ length: 3 }, (_, i21) => i21 * 9)).slice(0, 48);
  for (const [k23, v24] of Object.entries(({ ...({ y: (0 / 0), len: (-7), b: 7, 2: 7 }), len: 6 }))) {
    const s25 = ((k23 + s20)[1] ?? "b").slice(0, 48);
    const n26 = (.5 * v24);
    var s27 = s20.padEnd(2);
  }
}
let caught28 = null;
try {
  let s29 = "abc,def".toUpperCase().toUpperCase();
  const n30 = (([] !== undefined) ? [5, 2, (-0), 0].length : ((-.5) + 7));
  let { a: n31 = 8, len: n32 = 6, ...o33 } = ({ ...({ 0: (-2.5), 10: (-1.5) }), b: 4 });
} catch (e34) {
  caught28 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
  const f35 = (...rest36) => {
    rest36 = rest36.map((p37) => (-0)).slice((-1));
    const { b: n38 } = ({ ...({ k1: (-0), z_: 42, "c": 10 }), ...({ "10": 5, z_: (-2147483647), b: (-4294967296), len: 8 }) });
    const x39 = null;
    var a40 = rest36;
    return Math.sqrt(Math.round((-4)));
  };
}
const { c: n41, ...o42 } = ({ ...({}), k1: 0 });
if ([4, (-1e-7), 0, (-10)].includes(10)) {
  o42.len = (5 - 6);
  const s43 = "zz".toUpperCase();
} else if ((false || true)) {
  let n44 = 4;
}
const { len: n45 = 4, c: n46 = 4 } = ({ "x": (-20), k1: (-123.456), z_: 3, y: (-3.75) });
return [caught1, caught28, n41, o42, n45, n46];
