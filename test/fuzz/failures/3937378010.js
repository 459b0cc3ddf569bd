// Kitwork fuzz failure, program seed 3937378010
// reason: V8 returned, VM threw
// V8: ok [{"2":42,"c":-11,"k1":-9007199254740992,"b":0.1},"false"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3937378010

function f1(p2) {
  let n3 = (p2 -= p2);
  let caught4 = null;
  try {
    p2 %= ((-0) + n3);
    if ("😀x".startsWith('MiXeD')) return ["Hi there"].length;
    let { x: n5 = (-0xff) } = ({ y: p2, "2": 2, 0: 2, "b": (-8) });
  } catch (e6) {
    caught4 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
    if (false) return (n3 = 4);
  }
  return n3;
}
function rec7(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec7(s, n - 1);
}
const f8 = function () {
  const s9 = "  pad  ".split("-").join(", ");
  for (let i10 = 5; i10 > 0; i10--) {
    const n11 = ([6].map(p12 => 6).includes((+[2, (-255), .5, (-0)])) ? [1, 3].slice(3).indexOf(s9.length) : [3, 10, (-1 / 0), 3, i10, i10].reduce((acc13, x14) => acc13 + x14, 2));
    let b15 = (({ p: undefined, q: { r: s9 } }) > (i10 - n11));
    for (const [k17, v18] of Object.entries(({ ...({}), ...({ z_: 7, 2: 0.5 }) }))) {
      if (b15) continue;
      if ([2, 0, (0 / 0)].concat(v18).includes((true ? 4294967296 : i10))) break;
    }
  }
  const n19 = ("zz" + ({})).indexOf(["3.5", "ab", "true", "a b c"].join(""));
  const n20 = (~(1 * 10));
  return ({ c: n20 });
};
function f21(p22) {
  let [s23 = "MiXeD"] = Object.keys(({ "b": 7, z_: (0 / 0) }));
  let b24 = (!s23);
  for (const it25 of []) {
    let w26 = 0;
    while (w26 < 18) {
      w26 += 1;
      let s27 = (true ? "MiXeD" : "line\nbreak").trim();
    }
    if ((("ab" < s23) && (!w26))) {
      p22 >>= [3, 65535, 7].map((p28) => (-0b101)).length;
      const [s29] = Object.keys(({ 2: 255, len: 32, a: 7, c: 100 }));
      const s30 = rec7("true", ((it25 / it25) ** 0.5));
    } else {
      let o31 = ({ ...({ "0": 5, x: 5, 10: (-0), c: 4 }), k1: Math.trunc((-(-1 / 0))) });
      const s32 = ("😀x".split("-").join("-") + s23).slice(0, 6).slice(0, 48);
    }
    const s33 = "true";
  }
  return p22;
}
const o34 = ({ ...({ ...f8(), k1: (-9007199254740993) }), ...({ b: (10 ** (-1)), "2": 42 }) });
return [o34, String(false)];
