// Kitwork fuzz failure, program seed 4117532649
// reason: different results
// V8: ok ["a","truetrue","truetrue",1]
// VM: ok ["a","1",[1],1]
// replay: node --import tsx test/fuzz/run.ts --replay 4117532649

let [s1 = "null", s2 = "back\\slash"] = ["a", "true"].map(p3 => p3);
if (((true + (-1.5e300)) == ((0 / 0) - 10))) {
  let w4 = 0;
  while (w4 < 17) {
    w4++;
    let s5 = s1.toUpperCase();
  }
} else if ((!s1)) {
  for (const it6 of []) {
    const s7 = `a${false}$${[(-0), 4, (-1e3), 3.75, 4, 16]}\`q`.slice(0, 48);
    const s8 = "\u0041\x42";
    let b9 = (!"0");
  }
  let [s10 = "ab", s11] = ['single', "a-b-c", "b", 'b', 'true'];
}
s2 = (s2 + s2).slice(0, 48);
const f12 = function (p13, p14) {
  if ((p14 > p14)) {
    const a15 = ["a-b-c", '-7'].map((q16) => q16.length);
  }
  let caught17 = null;
  try {
    if ((p14 > 4)) {
      const o18 = ({ ...({ k1: 4294967296 }), len: p14 });
    } else if (false) {
      p14 /= (Math.min(p14) & [1, 0, 0, 3, 4294967295, 3.75].reduce((acc19, x20) => acc19 + x20, 2));
    }
    if ((4 !== p14)) throw [5];
    const { c: n21, x: n22 = 9007199254740993, b: n23 } = ({ 2: 2.5, ["c"]: 8 });
  } catch (e24) {
    caught17 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
  }
  for (let i25 = 5; i25 > 0; i25--) {
    switch (Math.max(0, p14, (-1 / 0))) {
      case 3:
        if ((.5 < (-p14))) continue;
    }
    let w26 = 0;
    while (w26 < 17) {
      w26 += 1;
      if (p13.length < 40) p13.push("MiXeD".length, ((-5) + 123.456));
      if ((false || false)) throw (+caught17);
      if (0 < p13.length) p13[0] *= s1.charCodeAt(1);
    }
    var s27 = "1e3".charAt(4);
  }
  if ((typeof p14 === "number")) {
    let o28 = ({ "k1": p14, 2: 9007199254740991, b: 0b101, len: (-123.456) });
  } else if (s1.startsWith(s1)) {
    if ((![8].slice().sort())) throw new Error("u:" + s1.split("|").join("|"));
    s2 = s1.slice();
  }
  return p13.filter((p31) => (p14 !== p14));
};
return [s1, s2, s2, (+[1])];
