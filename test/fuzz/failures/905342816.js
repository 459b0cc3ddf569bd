// Kitwork fuzz failure, program seed 905342816
// reason: different results
// V8: ok ["aba b ca b ca b caba b ca b ca b c",[0,1,5,4,0,0],0,null,false,10,NaN]
// VM: ok ["aba b ca b ca b caba b ca b ca b c","0,1,5,4,0,0",[0,1,5,4,0,0],null,false,10,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 905342816

if ((!(true ? "\u0041\x42" : "😀x"))) {
  const b1 = (!'hello');
  var n2 = Math.floor("abc,def".slice().indexOf('MiXeD'));
  const f3 = (p4, p5) => {
    const a6 = p4.map(p7 => (-1.5e300));
    let w8 = 0;
    while (w8 < 9) {
      w8 += 1;
      p5 = (p5 + `${0}\n${["a", "1e3", 'single', 'null']}!`.toUpperCase()).slice(-48);
      p5 = (p5 + p5.toLowerCase().toUpperCase()).slice(-48);
    }
    let o9 = ({ ...({ z_: 0xff, b: 1_000, 2: (-1.5e300) }), ...(b1 ? ({}) : ({ 0: 1_000, z_: 5, x: 9007199254740991 })) });
    const s10 = ('zz'.split("-").join("|").indexOf((p5 + p5)) + Object.keys(o9).join("-")).slice(0, 48);
    return p5.length;
  };
}
var s11 = "".padEnd(2, "ab");
const a12 = [7, 8].map((p13, i14) => i14);
for (const [k16, v17] of Object.entries(({ c: 4, "k1": 2, "2": 31 }))) {
  s11 = (s11 + "a b c").slice(0, 48);
}
s11 = (s11 + (false ? s11 : s11)).slice(-48);
const n18 = (+null);
let caught19 = null;
try {
  const sa20 = (s11 + s11).split(" ").map(p21 => (Math.min(...a12) + ("Hi there" + [])).slice(0, 48)).slice(0, 16);
  if ((!({ k1: (-256), c: 1e21 }))) {
    for (const it22 of a12) {
      const s23 = JSON.stringify(sa20).slice(0, 48);
      if ((true !== 6)) throw new TypeError("u:bad");
    }
  } else {
    var n24 = 5;
    if ("a b c".includes("line\nbreak")) {
      if (3 < a12.length) a12[3] += (({}) ?? n24);
      const a25 = a12.filter((p26) => false);
    } else if ((JSON.stringify(n24, null, "  ") > JSON.stringify("null"))) {
      if (a12.length < 20) a12.push((n24--), n24);
      n24 = (~7);
    } else {
      let [n27, n28, , ...a29] = a12.filter((x30) => x30 === x30).sort((x30, y31) => x30 - y31);
      const b32 = (n24 < n24);
    }
  }
  let [, n33 = 6, ...a34] = Array.from({ length: 4 }, (_, i35) => i35 * (-0));
  if (sa20.includes('3.5')) throw new RangeError("u:x");
} catch (e36) {
  caught19 = "outer";
} finally {
  s11 = (s11 + "").slice(0, 48);
  const n37 = Math.min(Number("3.5".toUpperCase()), (-(undefined ?? n18)), (5 | (-n18)));
}
let b38 = ((a12[a12.length] ?? 10) == 100);
if (a12.length < 64) a12.push(a12.indexOf(n18), n18);
return [s11, a12, n18, caught19, b38, 10, (+a12)];
