// Kitwork fuzz failure, program seed 3390397838
// reason: V8 returned, VM threw
// V8: ok [{"0":-2,"y":1.5,"k1":-Infinity},{"0":-2,"len":1,"y":1.5,"k1":-Infinity},559939587]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading '1')
// replay: node --import tsx test/fuzz/run.ts --replay 3390397838

function f1(p2, p3 = "ab", ...rest4) {
  const o5 = ({ ...({ ...({ ...({ 10: 3.75 }), len: 1000 }), a: (8 >> 2) }), ...({ k1: 9007199254740991, "0": Math.max(), x: 0xff, a: 6 }) });
  const sa6 = p2.map((x7) => x7 + "");
  let a8 = [(-7), (-123.456), 5, 6, (true ? 10 : 123.456), 1_000];
  return (rest4[1] ?? (-2));
}
function mk9(start, step = 1) {
  let c10 = start;
  return () => {
    c10 += step;
    return c10;
  };
}
const ctr11 = mk9((-123.456), 6);
const o12 = ({ "0": f1([1, 2, 10, (-0), (0 / 0), (-7)]), y: 1.5, k1: (-1 / 0) });
let o13 = ({ len: 1, ...o12 });
if ([(-7), 8, (-1000), (0 / 0)].includes(Math.floor(4))) {
  for (let it14 of Object.keys(({ ...o13, ...({ c: 5 }) }))) {
    let b15 = ((1e-7 ** 2) === (false + 4294967295));
  }
  if (((-256) < 1_000)) {
    const b16 = (!(true ? ["zz", "a", "tab\tend"] : undefined));
  }
  let { x: n17 = (-0), ...o18 } = ({ ...({}), c: 7 });
} else {
  let caught19 = null;
  try {
    for (let i20 = 0; i20 < 11; ++i20) {
      let sa21 = [(-9007199254740991)].concat([8, 1.5, (-16), 65535, 6]).map((x24) => x24 + "").slice().sort().slice(0, 16);
      const s25 = `$${sa21}!`.slice(0, 48);
      let s26 = ((!["x,y,z", "ab", "true", "12", "12"]) ? JSON.stringify(false) : s25.split(", ").join("-")).slice(0, 48);
    }
    const n27 = (-Math.sqrt((-1e-7)));
    if ((0 > 'single')) throw [2, (-4), 9, (-1 / 0), 5, 0];
  } catch {
    caught19 = "caught";
  }
  var b28 = (!caught19);
}
const f29 = (p30 = "x,y,z", p31) => {
  let caught32 = null;
  try {
    if ([].includes(3)) throw { code: p30.length };
    let caught33 = null;
    try {
      var o34 = o13;
      let s35 = ["Hi there", '3.5'].join(",").slice(0, 48);
      const [, s36 = "x,y,z", s37 = "Hi there"] = "12".split(" ");
    } catch (e38) {
      caught33 = typeof e38?.message === "string" && e38.message.slice(0, 2) === "u:" ? e38.name + "/" + e38.message : (e38?.name ?? e38);
      const s39 = (typeof o13);
    }
    p31 ^= (undefined ?? 1e-7);
    if (p30.includes("0")) throw new TypeError("u:bad");
  } catch {
    caught32 = "caught";
  }
  return p30;
};
return [o12, o13, (3 ^ (-1e21))];
