// Kitwork fuzz failure, program seed 865542961
// reason: different results
// V8: ok ["string",2147483648,1,NaN,"[\"MiXeD\",\"null\",\"ab\",\"12\",\"tab\\tend\"]"]
// VM: ok ["string",2147483648,"0,-2147483647",NaN,"[\"MiXeD\",\"null\",\"ab\",\"12\",\"tab\\tend\"]"]
// replay: node --import tsx test/fuzz/run.ts --replay 865542961

let o1 = ({ ...({ "0": (-1), b: 4, "2": 5 }), ...({ k1: 20, 10: 6 }) });
var s2 = (typeof (true ? "true" : "1e3"));
const f3 = () => s2.slice(0, 4);
const { x: n4 = 2147483648 } = ({ ...o1, y: 20 });
const n5 = (o1?.["2"] ?? 0o17);
let w6 = 0;
while (w6 < 6) {
  w6++;
  const f7 = (p8, p9 = "q\"uote") => null;
  if ((`-${"Hi there"}$${true}\`q` < s2.split("").join("-"))) break;
}
const n10 = ((1 ?? w6) - "12".charCodeAt(2));
const f11 = (p12, p13 = "zz", ...rest14) => {
  o1 = ({ ...o1, ...o1 });
  const f15 = function (p16, p17) {
    var x18 = (true ? 3 : null);
    return ["-7"].concat(["null", "-7", '  pad  ', "0"].slice().sort((x19, y20) => x19.length - y20.length)).slice(0, 16);
  };
  o1 = ({ ...o1, y: 3 });
  try {
    return Math.floor(1);
  } finally {
    p13 = (p13 + p13.toUpperCase()).slice(-48);
  }
};
o1["z_"] = 'single'.length;
let caught21 = null;
try {
  if ((s2.split("").join("|") > `\n${"abc,def"} end`)) {
    let o22 = ({ 0: n4 });
    for (const it23 of Object.keys((true ? ({ b: (0 / 0), len: 2 }) : ({ len: 2, 2: 1, "k1": 1e21 })))) {
      const a24 = [7, (-0o17)];
      o22 = ((6 > 0b101) ? o22 : (false ? o22 : ({ y: (-5), 2: 100, b: 9 })));
    }
  } else if (((-n5) < (w6 + n4))) {
    for (let i25 = 0; i25 < 14; i25 += 3) {
      const n26 = [1.5e300, 31, 1e3, 1_000, 7, 5].length;
      const o27 = o1;
    }
    if (Array.isArray(o1?.a)) {
      if (((-8) !== n5)) throw new Error("u:" + (s2 + s2));
      const s28 = ("zz"[2] ?? '1e3');
    }
  } else {
    for (const it29 of [2147483647, 2, 31, 6]) {
      s2 = (s2 + s2).slice(0, 48);
      const s30 = [...[7, (-3.75), (-1000)]].filter((x31) => x31 === x31).sort((x31, y32) => y32 - x31).join(" ").slice(0, 48);
      o1.z_ += s2.length;
    }
  }
  let o33 = ({ 10: 4, ...o1 });
  if ((false == ["Hi there", "null", "line\nbreak"])) throw (n4 * n5);
} catch (e34) {
  caught21 = typeof e34?.message === "string" && e34.message.slice(0, 2) === "u:" ? e34.name + "/" + e34.message : (e34?.name ?? e34);
}
return [s2, n4, w6, (+[0, (-2147483647)]), JSON.stringify(["MiXeD", "null", 'ab', "12", "tab\tend"])];
