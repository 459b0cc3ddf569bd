// Kitwork fuzz failure, program seed 3865359142
// reason: different results
// V8: ok [{"c":-16},1,"true,a b c,ÅÉü,😀x",0,-90071992547409900]
// VM: ok [{"c":-16},1,"",0,-90071992547409900]
// replay: node --import tsx test/fuzz/run.ts --replay 3865359142

if ((["null", '', "1e3", "line\nbreak", "x,y,z"].includes("-7") || (![]))) {
  let { len: n1 } = ({});
}
if ((8 > (-4294967296))) {
  let sa2 = ["", "q\"uote"].slice((-1));
  let caught3 = null;
  try {
    if (((false ? 0.2 : 9007199254740993) == 'null'.indexOf("null"))) {
      let n4 = [2147483647, 5, 7, 2, (-1e3), 0o17].reduce((acc5, x6) => acc5 + x6, 0);
      let s7 = (typeof ["x,y,z", 'true']);
      let n8 = (({ p: ({}), q: { r: ({}) } }) ?? 2);
    } else {
      if (sa2.length < 64) sa2.push(`:${1}-${sa2} end`.slice(0, 48));
    }
    var s9 = `a${32}a${true}`.slice(0, 48);
  } catch (e10) {
    caught3 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
    if ((({}) !== null)) {
      var s11 = ((true != []) ? "true".split(", ").join("") : ('MiXeD' + true)).slice(0, 48);
      const s12 = (("  pad  "[0] ?? "  pad  ").at(2) ?? "");
    } else {
      const n13 = Math.min();
    }
  } finally {
    let o14 = ({ ...({ 2: (-9007199254740993) }), b: 8 });
  }
} else {
  let s15 = `:${[].map((x16) => x16 + "")}`.slice(0, 48);
}
let o17 = ({ ["c"]: (-16) });
const n18 = "zz".split("-").length;
var s19 = ['true', 'a b c', "ÅÉü", "😀x"].map((p20) => p20).join(",").slice(0, 48);
for (let i21 = 15; i21 > 0; i21--) {
  if ([1, 4, 7].slice(0).includes((0 / 0))) {
    let n22 = (n18 ** (-1));
    let a23 = [[8, 5, 10, (-1 / 0), 1.5].join("|").length].slice(0, 16);
  } else if ((0.5 === 3)) {
    const { x: n24 = 65535, ...o25 } = o17;
    let o26 = (Array.isArray([3, (-0), 2]) ? ({ x: Math.min() }) : (false ? ({ ...o17, ...({ 2: (0 / 0), c: (-1e3), z_: 0.1 }) }) : o25));
  } else {
    for (const it27 of [9007199254740991, 8, 0xff]) {
      if ([(-0), 1000, (-0), (1 / 0), 4, (-16)].includes(n18)) continue;
    }
    if ([6, 7].includes((-7))) {
      s19 = (s19 + (` ${[]} end` + s19)).slice(0, 48);
      const [n28 = 10, n29, n30 = 9007199254740993, ...a31] = [(-5e-324), 0, 8, (1 / 0), (-9007199254740993)].concat(31);
      const a32 = ["a b c", '', "true"].map((p33) => s19).map((q34) => q34.length);
    } else if ((s19.split("|") !== o17)) {
      const n35 = (("true".padEnd(3, "") < "0".padStart(2)) + [3, 2.5, 8, 9, 8].map((p36) => i21).length);
    } else {
      const n37 = (o17[0] ?? 9);
      var a38 = ["b", "0", "  pad  ", "-7", "-7"].map((q39) => q39.length);
    }
  }
}
return [o17, n18, s19, (+[]), ((-9007199254740991) * 10)];
