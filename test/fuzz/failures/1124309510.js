// Kitwork fuzz failure, program seed 1124309510
// reason: different results
// V8: ok [{"0":-Infinity,"x":2},true,null,1]
// VM: ok [{"0":-Infinity,"x":2},"1",[1],1]
// replay: node --import tsx test/fuzz/run.ts --replay 1124309510

var o1 = (true ? ({ "len": 0, a: (-0), "0": (0 / 0), x: 10 }) : ({ x: (-0), z_: 4294967296, 10: (-0), b: (-31) }));
const b2 = (3 !== 0.1);
o1 = ({ ...({}), x: "ab".length });
o1 ||= (b2 ? o1 : o1);
if (((9 / (-1.5)) >= (false ? 0 : 0xff))) {
  for (let i3 = 19; i3 > 0; i3--) {
    o1.c += "tab\tend".indexOf("\u0041\x42");
    const o4 = ({ ...(false ? ({}) : ({ 0: 0xff, "2": 123.456, len: (0 / 0) })), ...({ x: 4294967296, "2": (-1) }) });
  }
  let caught5 = null;
  try {
    const o6 = ({ ...o1, ...({ b: 4294967296 }) });
    if (b2) throw new Error("u:" + "Hi there");
  } catch {
    caught5 = "caught";
  }
} else {
  const a7 = (b2 ? [] : [0]);
  let [n8 = (0 / 0), , n9, ...a10] = a7;
}
function mk11(start, step = 1) {
  let c12 = start;
  return () => {
    c12 += step;
    return c12;
  };
}
const ctr13 = mk11(4);
for (let i14 = 0; i14 < 11; i14 += 3) {
  o1["0"] ??= (i14 + (-1 / 0));
}
let caught15 = null;
try {
  for (let i16 = 0; i16 <= 19; i16 += 1) {
    for (let i17 = 0; i17 < 15; i17 += 1) {
      ctr13();
      let n18 = (i17 ** (-1));
    }
  }
  const s19 = "true".slice(5).padStart(8, "0");
  if ((typeof "s" === "number")) {
    o1 = o1;
    const x20 = `${({ p: s19.slice((-1)).indexOf(("true" + false)), q: { r: [...[]].filter((x21) => x21 === x21).sort((x21, y22) => y22 - x21).indexOf([9, 2].reduce((acc23, x24) => acc23 * x24, 0)) } })}`.slice(0, 48);
    const a25 = ["0"].map((q26) => q26.length);
  }
} catch (e27) {
  caught15 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
  var a28 = ((6 != (-100)) ? [3, 4].filter(p29 => true) : [16, 1].map((p30, i31) => p30));
}
return [o1, b2, caught15, (+[1])];
