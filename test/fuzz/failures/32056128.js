// Kitwork fuzz failure, program seed 32056128
// reason: V8 returned, VM threw
// V8: ok ["6bb",{"0":0,"10":2,"x":-8,"a":10},{"0":0,"10":2,"x":-8,"a":10},NaN,{"0":0,"10":2,"x":-8,"a":10},[10,1e-7,65535,8,NaN],NaN,false]
// VM: throw TypeError: TypeError: String is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 32056128

var s1 = (6 + "b").slice(0, 48);
function rec2(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec2(n - 1);
}
if (((-0) == 1)) {
  let caught3 = null;
  try {
    let sa4 = "line\nbreak".slice((-3), (-1)).split("-").filter(p5 => (1 == 2.5));
    if ((7 >= 4294967295)) throw new Error("u:" + s1.slice());
  } catch (e6) {
    caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
  }
  const n7 = (9007199254740993 - (-1 / 0));
  const s8 = s1.charAt(4);
} else if ((s1.length !== (false ?? 6))) {
  s1 = (s1 + "b".slice()).slice(-48);
} else {
  const f9 = function (p10 = 20, p11 = 0, p12) {
    --p11;
    let s13 = ((["line\nbreak"].join("")[2] ?? "MiXeD") + "q\"uote".slice(0, 2).toUpperCase()).slice(0, 48);
    return ("" ?? p11);
  };
  f9((5 + 6), s1.indexOf('zz'), s1.repeat(1));
}
for (const it14 of ["\u0041\x42", "back\\slash", "Hi there"]) {
  var s15 = String([[4, (-0), 16], 'ÅÉü', (+[])]).slice(0, 48);
}
let o16 = ({ "x": (-8), a: 10, 0: 0, 10: 2 });
const fs17 = [];
for (let i18 = 0; i18 < 3; i18++) {
  fs17.push((v) => v + i18);
}
let o19 = o16;
const f20 = (p21, p22 = [1, 2]) => {
  let caught23 = null;
  try {
    o16 &&= o16;
    const [n24 = 6] = Object.values(o16);
    const o25 = ({ ...({ ...({}), ...({}) }), z_: "a-b-c".charCodeAt(1) });
  } catch (e26) {
    caught23 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
    for (let i27 = 0; i27 <= 11; i27++) {
      if ((2 >= i27)) throw new Error("u:" + s1);
    }
  }
  return caught23;
};
var n28 = (Math.min(3) + Number(s1));
const o29 = o16;
let a30 = [10, 1e-7, (0 / 0), 65535, 8].slice().sort();
return [s1, o16, o19, n28, o29, a30, n28, (!['', "line\nbreak", 'ab'])];
