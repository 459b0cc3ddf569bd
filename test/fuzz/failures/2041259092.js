// Kitwork fuzz failure, program seed 2041259092
// reason: different results
// V8: ok [{"a":-2,"b":6},"3.5  pad  ","x,y,z NaN 0   pad  ",null]
// VM: ok [{"a":-2,"b":6},"3.5  pad  ","x,y,z2,7NaN 0   pad  ",null]
// replay: node --import tsx test/fuzz/run.ts --replay 2041259092

const o1 = ({ a: (~Math.floor(1)) });
delete o1["10"];
if ((("s" && 'single') == undefined)) {
  let caught2 = null;
  try {
    let caught3 = null;
    try {
      o1["2"] ??= (o1.b ?? (-9007199254740991));
      const sa4 = [];
    } catch (e5) {
      caught3 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
      var o6 = o1;
    } finally {
      let a7 = [...[0xff, (-9007199254740993)].slice((-3)).slice((-2)), ...[1.5e300, (0 / 0), 2, 8].filter(p8 => false).filter(p9 => [2, (1 / 0), 123.456, 5e-324, 5].includes(p9))].slice(0, 16);
      a7.pop();
    }
    if ((!(true == [(-0), 6]))) {
      let o10 = ({ "x": 9, z_: (~5e-324) });
    } else {
      const n11 = (([] && true) ?? (+[]));
      const b12 = (((-0b101) - n11) == "a b c".indexOf("12"));
    }
    if ([0.2, 255, (-0.5), 31].includes(9007199254740993)) throw new Error("u:" + ("null" + "a-b-c"));
  } catch (e13) {
    caught2 = "outer";
  } finally {
    o1.c = 9007199254740991;
    const o14 = ({ ...({ 10: (-5e-324), 2: 0, z_: 8 }), ...o1 });
  }
  const a15 = ["MiXeD", "Hi there", '😀x'].map((q16) => q16.length);
}
const s17 = ("3.5" + "  pad  ").slice(0, 48);
const s18 = ("x,y,z" + ` ${([2, 7] % true)} ${JSON.stringify(0, null, 0)} ${"  pad  ".split("|").join(" ")}`).slice(0, 48);
let caught19 = null;
try {
  var sa20 = ["hello"];
  o1.b ??= Math.trunc(6);
  const f21 = function (p22, p23) {
    sa20 = Object.keys(o1);
    sa20 = sa20.concat(sa20).map((p24) => s18.split("-").join("-")).slice(0, 16);
    for (let i25 = 12; i25 > 0; i25--) {
      const [s26, , ...sa27] = [9, (-1 / 0), 3].map((x28) => `${x28}`);
      p23++;
    }
    return ((-9) ** 3);
  };
  if ((65535 <= 6)) throw "Hi there";
} catch (e29) {
  caught19 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  const f30 = (p31) => {
    const [s32, ...sa33] = [];
    p31 = 0;
    return `${[9, (-7), (-0.2), 4, 4]}-${sa33}\n${sa33} end`.slice(0, 48);
  };
} finally {
}
return [o1, s17, s18, caught19];
