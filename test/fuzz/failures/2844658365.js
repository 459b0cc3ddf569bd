// Kitwork fuzz failure, program seed 2844658365
// reason: different results
// V8: ok [18,["0"],null,[-1000,4294967296,4,1000,NaN,98],true]
// VM: ok [18,["0"],null,[-1000,"0,2",[-0,2],1000,NaN,98],true]
// replay: node --import tsx test/fuzz/run.ts --replay 2844658365

if (true) {
  const s1 = ('b'.split(" ").join(", ") + (true ? (typeof ({})) : "Hi there".repeat(1))).slice(0, 48);
  let x2 = `${(({ ...({ ...({ z_: 9, "y": 4 }), x: (1 / 0) }), y: (0.2 / 5) }) - ((-0) ?? Math.trunc(8)))}`.slice(0, 48);
  let caught3 = null;
  try {
    const x4 = `${(({}) * Math.round(5))}`.slice(0, 48);
    if (`-${false}!`.includes(['MiXeD'].join())) throw new RangeError("u:bad");
    let n5 = (["back\\slash", "ÅÉü", "1e3"].length + s1.slice(5)).indexOf(s1.toUpperCase());
    if ((!['single', "a", "q\"uote"])) throw new Error("u:" + s1.repeat(1));
  } catch (e6) {
    caught3 = typeof e6?.message === "string" && e6.message.slice(0, 2) === "u:" ? e6.name + "/" + e6.message : (e6?.name ?? e6);
    const n7 = Math.trunc(4);
  }
} else if (((true ? false : undefined) == undefined)) {
  for (let i8 = 0; i8 < 20; i8 += 3) {
    for (const it9 of Object.keys(({ z_: 7 }))) {
      if ((!"Hi there".split(" "))) continue;
    }
    let a10 = [3.75].map((p11) => 0.2);
    for (let it12 of ["  pad  ", "a-b-c", "b"].concat([])) {
      if (a10.length < 40) a10.push(i8, a10.reduce((acc13, x14) => acc13 * x14, 2));
    }
  }
} else {
  const o15 = ({ ...({ 10: 1 }), x: 1e21 });
  o15["10"] = ["a-b-c", "abc,def", "line\nbreak", "ab"].length;
}
for (var i16 = 0; i16 <= 17; i16++) {
  let n17 = (i16 % (1 / 0));
  if ("q\"uote".startsWith("null")) {
    const a18 = [(-0), ([(-3.75), (-0.5), 4, (-0o17)].reduce((acc19, x20) => acc19 + x20, 2) + i16), 1.5e300, 0, (n17 * (n17 / n17))];
    for (let i21 = 0; i21 < 15; i21 += 2) {
      if ((("a-b-c" <= "12") && ([0.2, 1e21, (-1 / 0), 5, 4294967295, (-8)] > [2, 1, .5]))) continue;
    }
  }
  for (let i22 = 0; i22 < 6; i22 += 2) {
    let w23 = 0;
    do {
      w23++;
      const sa24 = ["MiXeD", "1e3", "a b c", "zz"];
    } while (w23 < 3);
  }
}
const f25 = (p26 = [1, 2], p27, p28 = 2) => {
  const f29 = (p30, ...rest31) => {
    const o32 = ({ len: (1 / 0), y: (-8), c: p28 });
    return ({ ...({ ...({ c: 10, b: 256, k1: 2 }), b: p28 }), z_: i16 });
  };
  return ({ ...({ len: 5, "y": (-5e-324) }), x: (p28--) });
};
const sa33 = ["0"];
const x34 = null;
let a35 = [(-1000), 4294967296, 4, 1000, (+[(-0), 2]), "b".charCodeAt(0)];
a35 &&= a35;
return [i16, sa33, x34, a35, ("line\nbreak" <= "null")];
