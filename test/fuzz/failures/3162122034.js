// Kitwork fuzz failure, program seed 3162122034
// reason: different results
// V8: ok [6,"B",[],-1,4294967295,"MiXeD",false,NaN]
// VM: ok [6,"B",[],"-1000,5e-324,6",[-1000,5e-324,6],"MiXeD",false,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3162122034

function f1() {
  if (false) return Array.isArray("s");
  let w2 = 0;
  while (w2 < 6) {
    w2++;
    const a3 = ["hello"].map((p4) => 'Hi there').map((q5) => q5.length);
    let x6 = undefined;
  }
  for (const it7 of ['a b c', 'abc,def'].filter((p8) => false)) {
    const a9 = [].concat([]).concat([(-20), 8].filter((p10) => true)).slice(0, 16);
    const { c: n11, len: n12 = (-4294967295), a: n13 } = ({ b: 0.2, 10: 4, "len": 10, 0: w2 });
    let caught14 = null;
    try {
      if ((!["zz"])) return (!["ÅÉü", "line\nbreak", "", "0"]);
    } catch (e15) {
      caught14 = typeof e15?.message === "string" && e15.message.slice(0, 2) === "u:" ? e15.name + "/" + e15.message : (e15?.name ?? e15);
    }
  }
  for (const it16 of [(-0.1), 8, 0]) {
    let [s17 = "3.5"] = "x,y,z".split("");
    const x18 = ([] ?? false);
  }
  return ((w2 != 3) || true);
}
function f19(p20 = [1, 2], p21 = .5, p22, ...rest23) {
  var sa24 = [].filter((p25) => true);
  let caught26 = null;
  try {
    const o27 = ({ a: 0, "x": 0 });
  } catch (e28) {
    caught26 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
    let caught29 = null;
    try {
      let n30 = (((p21 ** 10) ** 0.5) % p22);
      sa24 = Object.keys(({ z_: (-1 / 0), b: 8 }));
      n30 = (p21 *= (n30 + (1 / 0)));
    } catch (e31) {
      caught29 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
      var n32 = Math.ceil(2147483648);
    }
  }
  for (let i33 = 0; i33 < 11; i33++) {
    const n34 = "\u0041\x42".indexOf('ab');
  }
  p22 = (p22 = p22);
  return [3];
}
const n35 = Math.trunc(6);
const s36 = `$${["3.5", "back\\slash", 'b', "3.5", "abc,def"]} ${"a"}a${"\u0041\x42"}`.slice((-1)).slice(0, 48);
const x37 = [0, 7, 0.2, (-65535)].slice((-1), 0).map((x38) => `${x38}`);
var n39 = "MiXeD".indexOf(s36);
const n40 = (Math.min(Math.floor(n35), Math.floor(n39)) >>> ((+x37) / Math.min((-0b101), 2)));
const s41 = "MiXeD";
let b42 = (typeof (true ? ({ "2": 16, "len": 16, k1: 10 }) : ({ "k1": 2147483647 })) === "undefined");
return [n35, s36, x37, n39, n40, s41, b42, (+[(-1000), 5e-324, 6])];
