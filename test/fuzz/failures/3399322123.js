// Kitwork fuzz failure, program seed 3399322123
// reason: different results
// V8: ok [null,"A-B-C-1-7truex=true",5,0]
// VM: ok [null,"A-B-C-1-7truex=true","",0]
// replay: node --import tsx test/fuzz/run.ts --replay 3399322123

let caught1 = null;
try {
  function f2(p3, p4 = 9007199254740993, p5) {
    let caught6 = null;
    try {
      if (("true" <= "")) {
        const n7 = Math.max(...p5);
        const o8 = ({ 10: 1e-7, a: 'abc,def'.length });
      }
      if ((false || false)) throw { code: (false ? p3 : p3) };
    } catch (e9) {
      caught6 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
    }
    const f10 = (p11 = "null", p12 = "Hi there", p13 = (-1 / 0)) => {
      ++p3;
      const a14 = p5;
      return a14;
    };
    const o15 = (["a b c", "true", "abc,def", 'x,y,z', "x,y,z"].includes("  pad  ") ? ({ ["k" + 1]: (-1 / 0) }) : ({ ...({}), z_: p4 }));
    return Object.keys(o15);
  }
  if ((false && false)) throw new Error("u:" + (false ? 'single' : "12"));
} catch (e16) {
  caught1 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
  function f17(p18, p19) {
    for (const [k21, v22] of Object.entries(({ 10: p19, "0": 255, c: 32 }))) {
      const n23 = Math.min(...p18);
      let n24 = (p19--);
      let a25 = p18.map(p26 => n24).filter(p27 => (p27 === n24));
    }
    if (false) return ({ c: p19, z_: (-31), len: 1000, "b": 2 });
    return ({ ...({ a: p19, ["c"]: 4 }), ...({ ...({ b: 4, a: 255, 10: (-65535) }), ...({ 0: (-2.5), "2": (-123.456) }) }) });
  }
}
for (let i28 = 0; i28 < 14; i28 += 3) {
  let o29 = ({ 2: 9 });
  o29 = ({ ...o29, ...({ a: i28 }) });
}
let s30 = (([].includes(3) ? ("a-b-c" + 8) : "a-b-c".toUpperCase()) + ("3.5".indexOf("a-b-c") + "-7".slice())).slice(0, 48);
let w31 = 0;
do {
  w31++;
  if ((!(65535 + (0 / 0)))) {
    const n32 = 5e-324;
  }
  const a33 = [2, 2, 10, 3, (-5), (1 / 0)].filter(p34 => false);
  if (a33.length < 8) a33.push((caught1 ?? (-1 / 0)));
} while (w31 < 5);
for (const it35 of `${true}x=${true}`) {
  for (let i36 = 0; i36 < 6; i36++) {
    if ((w31 > [].indexOf(i36))) break;
  }
  s30 = (s30 + (it35.at((-1)) ?? "")).slice(-48);
  const a37 = [(-16), (-0), 32, 65535].slice(0);
}
return [caught1, s30, w31, (+[])];
