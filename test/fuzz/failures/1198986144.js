// Kitwork fuzz failure, program seed 1198986144
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:😀x1
// VM: throw <value>: Error: u:😀x1
// replay: node --import tsx test/fuzz/run.ts --replay 1198986144

const n1 = 5;
const n2 = ((16 / 1) + (n1 / 256));
if (([(-42), 10, 5].includes(0) && false)) {
  let caught3 = null;
  try {
    if (false) {
      let o4 = ({ x: 7, c: n2 });
      const n5 = Math.abs(1e3);
      let s6 = (typeof [8, (-32), 3].length).repeat(0).slice(0, 48);
    }
    if (([(0 / 0), 2, (-1e-7), 1e3, (-1 / 0), 4].length < (+[10, (-0.5), (-.5), 5, 9]))) throw 10;
  } catch (e7) {
    caught3 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
    for (let i8 = 0; i8 <= 13; i8 += 1) {
      const n9 = n2;
      const n10 = (n2 >> n9);
    }
  } finally {
    for (const it11 of "b".split(" ")) {
      const a12 = [7, ...[20, (0 / 0), 20, (-65535)].filter((x13) => x13 === x13).sort((x13, y14) => x13 - y14).map(p15 => (+[])), ...Object.keys(({ c: 2147483647, 2: (-.5), b: 0.1, z_: (-123.456) })).map((q16) => q16.length)].slice(0, 16);
    }
  }
  const b17 = true;
} else if (false) {
  const fs18 = [];
  for (let i19 = 0; i19 < 5; i19++) {
    fs18.push((v) => v + i19);
  }
}
for (const it20 of "".slice(2, (-2))) {
  let x21 = ([undefined, n2, ({ 0: 9, y: 9, a: 0, z_: 3 })] || [].map(p22 => 'zz'));
  if (["MiXeD"].map((p23) => "a b c").includes((true ? it20 : 'ÅÉü'))) {
    const a24 = [...[1.5e300, (-1_000), 256], ...[0o17]].slice().sort().slice(0, 16);
  } else if (true) {
    for (let i27 = 5; i27 > 0; i27--) {
      x21 = x21;
    }
    let w28 = 0;
    while (w28 < 5) {
      w28++;
      const x29 = [];
      const b30 = (it20 < "Hi there");
      const b31 = (typeof ({}) === "number");
    }
  }
}
if ((0 !== null)) throw new Error("u:" + ("😀x" + [1]));
const o32 = ({ y: 42, "z_": (-100), "a": (-0), 10: (0 / 0), ["n" + 2]: 9007199254740993, n2 });
const b33 = [].filter(p34 => true).includes(3);
return [n1, n2, o32, b33, '', `:${b33} end`];
