// Kitwork fuzz failure, program seed 1206091160
// reason: different results
// V8: ok [["ÅÉü"],{"p":{},"q":{"r":[]}},[9,0,27],[9,0,27],null,"ÅÉü"]
// VM: ok [["ÅÉü"],{"p":{},"q":{"r":[]}},[9],[9],"TypeError","ÅÉü"]
// replay: node --import tsx test/fuzz/run.ts --replay 1206091160

if ((undefined == undefined)) {
  for (let i1 = 0; i1 <= 7; i1 += 1) {
    if ((i1 != i1)) {
      const [, n2 = (0 / 0)] = [(-1.5e300), (-31), (-1 / 0)].filter((p3) => false);
    } else if (((true && false) != (i1 > i1))) {
      const n4 = "MiXeD".length;
      const sa5 = ("MiXeD" + "").slice().split("").slice(0, 16);
    }
    for (let i6 = 9; i6 > 0; i6--) {
      let { c: n7 = (-0.5), ...o8 } = ({ ...({ y: 5, "2": 3, "a": 4294967295 }), ...({ x: 2147483647, a: (-2147483647), y: 10, 2: 2.5 }) });
    }
    const n9 = ["true", "😀x", "x,y,z"].length;
  }
  const f10 = () => [].concat([(-0), 5, 4]).slice(0, 16);
  var a11 = [(-0.5), ...[9, ...[4, (-1.5e300), 2, 0b101, 6, 9], ...[(-3.75), 1, 1e3, (-1e21), 9]], ...[0.5].concat(0)].filter(p12 => (JSON.stringify("null") >= ("MiXeD" + "line\nbreak"))).slice(0, 16);
} else {
  let sa13 = ['single', "q\"uote", "null", "null"].map(p16 => "ab").slice().sort();
  const x17 = (({ p: sa13, q: { r: 7 } }) && (typeof 10));
}
let sa18 = [...'ÅÉü'.split(",")].sort((x19, y20) => (x19 < y20 ? 1 : x19 > y20 ? -1 : 0));
function rec21(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec22(n - 1);
}
function rec22(n) {
  return n > 0 ? rec21(n - 1) : false;
}
let n23 = (false + (1 / 0));
var x24 = ({ p: ({}), q: { r: [...[1_000].filter((p25) => false)].filter((x26) => x26 === x26).sort((x26, y27) => y27 - x26) } });
const a28 = [9];
const n29 = (a28 ?? Math.min(16, n23, n23));
let caught30 = null;
try {
  if (a28.length < 8) a28.push((5 & n23), (3 * n29));
  if (['😀x', "true", "ab", "zz", 'true'].map((q31) => q31.length).includes(n23)) {
    const sa32 = ["\u0041\x42", "null", "a b c", "x,y,z"];
    const n33 = a28.indexOf(["ab"].join("-").length);
    let caught34 = null;
    try {
      let s35 = "😀x".toUpperCase();
    } catch (e36) {
      caught34 = typeof e36?.message === "string" && e36.message.slice(0, 2) === "u:" ? e36.name + "/" + e36.message : (e36?.name ?? e36);
    } finally {
      sa18 &&= sa18.slice(2).filter(p37 => (n33 < n29));
      let b38 = true;
    }
  } else {
    let o39 = ((!"😀x") ? ({ c: (-7), y: 1 }) : (true ? ({ c: (-2147483647), y: 3, 0: (0 / 0) }) : ({})));
    for (const it40 of Object.keys(o39)) {
      const s41 = (typeof rec21);
    }
  }
  const a42 = [].map((p43) => n29);
  if ((typeof x24 === "boolean")) throw "abc,def".length;
} catch (e44) {
  caught30 = typeof e44?.message === "string" && e44.message.slice(0, 2) === "u:" ? e44.name + "/" + e44.message : (e44?.name ?? e44);
} finally {
}
return [sa18, x24, a28, n29, caught30, (sa18[0] ?? "a b c")];
