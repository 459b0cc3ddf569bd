// Kitwork fuzz failure, program seed 3266205509
// reason: different results
// V8: ok [5,{"0":-0,"b":-2147483648,"x":0,"c":NaN},2,"2a b c","2a b c",{"x":5,"c":2},"0",3,"82a b c"]
// VM: ok [5,{"0":-0,"b":-2147483648,"x":0,"c":"1000,4NaN"},2,"2a b c","2a b c",{"x":5,"c":2},"0",3,"82a b c"]
// replay: node --import tsx test/fuzz/run.ts --replay 3266205509

const n1 = [(-9007199254740991), 1000, 7, 2, 10].length;
const o2 = ({ ...({ "0": (-0), b: (-2147483648) }), x: 0 });
const n3 = Math.abs(2);
const s4 = (n3 + "a b c").slice(0, 48);
var s5 = s4;
for (const it6 of Object.keys(o2)) {
  if ((false && true)) {
    const o7 = ({ ...({ len: 3 }), ...({ 2: (-1 / 0), k1: "null".length }) });
    const o8 = o2;
    for (const [k10, v11] of Object.entries(o8)) {
      const b12 = false;
    }
  } else if ((n1 === 1)) {
    const n13 = Math.sqrt(Math.min(n3, n3, 0b101));
  } else {
    var a14 = [1, 255, 5e-324, (-8)].concat(n3).map((p15, i16) => s4.length).slice(0, 16);
    if (s4.startsWith(it6)) {
      if (((~10) != "b".charCodeAt(2))) break;
      var s17 = "MiXeD".padStart(7, "");
    }
  }
}
var o18 = o2;
o2.c = Math.floor(n1);
const s19 = (Number.isInteger((({}) ?? n1)) ? "zz" : ((n3 >> 7) + s4.repeat(0))).slice(0, 48);
let n20 = Math.floor([(-1 / 0), 3.75, (-255), 4].indexOf(256));
o18 = ({ ...({ x: n1 }), c: 2 });
function f21(p22, p23 = 'a') {
  let w24 = 0;
  while (w24 < 14) {
    w24++;
    if ((n1 <= n3)) {
      ++n20;
      if (false) return ["-7", "", "", '3.5'];
    } else {
      let a25 = [].concat(n20).filter(p26 => (10 !== (-1 / 0))).slice(0, 16);
      const x27 = "abc,def";
    }
    let n28 = (--p22);
  }
  o2.c += (+[1e3, 4]);
  return '1e3'.split("|");
}
f21(((0 / 0) % (0 / 0)), JSON.stringify([""]));
for (let i29 = 17; i29 > 0; i29--) {
  let n30 = s5.length;
}
if ((2147483648 != n1)) {
  let o31 = o18;
}
return [n1, o2, n3, s4, s5, o18, s19, ["zz", "Hi there", "null"].length, (8 + s5)];
