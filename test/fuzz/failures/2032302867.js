// Kitwork fuzz failure, program seed 2032302867
// reason: V8 returned, VM threw
// V8: ok [13,{"0":2,"b":0.6923076923076923},3,["4"],"1e3",-1]
// VM: throw TypeError: TypeError: memo5 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2032302867

let w1 = 0;
while (w1 < 13) {
  w1++;
  let w2 = 0;
  while (w2 < 1) {
    w2++;
    let b3 = (({}) !== null);
  }
  if ((typeof ({ p: [1, (-7), (-255)], q: { r: [123.456, 1.5, 2147483648, (-0b101), 1.5e300] } }) === "string")) {
    const s4 = (Math.sign(w2) + "  pad  ").slice(0, 48);
  }
}
const memo5 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((w1 + w1));
let o6 = ({ 0: 2 });
const { c: n7, len: n8 = 9 } = ({ ...({ 2: 7, 0: 5, c: 3, b: (-0.5) }), b: w1 });
if (false) {
  let a9 = [...["1e3", "ÅÉü"].map((q10) => q10.length)].filter((x11) => x11 === x11).sort((x11, y12) => y12 - x11).concat([5e-324].map((p13) => n8).concat([w1, 7, (0 / 0), n8])).slice(0, 16);
  const a14 = a9.map(p15 => 3);
  if (((true || true) || (0 === null))) {
    let n16 = memo5?.(Math.abs("true".length));
  } else if ([(-0)].slice(0).includes(w1)) {
    a9 &&= [...[1, 6, (-31), 3].concat([0.1])].filter((x17) => x17 === x17).sort((x17, y18) => y18 - x17).slice(0, 16);
    a9 = a9.map(p19 => (-10)).map((p20) => (~n8));
  } else {
    var sa21 = [].map(p22 => "a".split("-").join(", ")).filter((p23) => ((false || true) && (null == null)));
  }
}
for (const it24 of ("" + 'b')) {
  for (let i25 = 5; i25 > 0; i25--) {
    for (let i26 = 0; i26 < 1; i26 += 1) {
      memo5((+[]));
    }
    for (let i27 = 0; i27 <= 1; i27++) {
      let sa28 = "  pad  ".padStart(1).split(",");
    }
    let caught29 = null;
    try {
      let a30 = [0o17, 255];
    } catch (e31) {
      caught29 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
      o6 = ({ ...o6, ...({ a: (-5e-324), 2: 255, x: 0.2, n8 }) });
    }
  }
  let sa32 = Object.keys(o6);
}
const sa33 = [4, (-0)].map((x34) => `${x34}`).filter(p35 => (true && true));
o6.b = (n8 / w1);
sa33.pop();
return [w1, o6, n7, sa33, (false ? "  pad  " : "1e3"), "ab".indexOf('single')];
