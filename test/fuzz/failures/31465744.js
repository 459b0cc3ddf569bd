// Kitwork fuzz failure, program seed 31465744
// reason: V8 returned, VM threw
// V8: ok [[10,4,-1,0,NaN,123],2,"3, ., 5"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 31465744

let a1 = [(-1000), (-2147483648), (-32), 10, 4].slice((-2));
if ((10 == (-2.5))) {
  a1.pop();
}
if ((!true)) {
  const s2 = JSON.stringify(['abc,def']).slice(0, 48);
  const fs3 = [];
  for (let i4 = 0; i4 < 2; i4++) {
    fs3.push((v) => v * i4);
  }
  const [n5, n6, n7 = 2] = a1.concat([10, 7]);
} else {
  switch (Math.sign(10)) {
    case (-1): {
      for (var i8 = 0; i8 < 5; i8 += 2) {
        let a9 = a1;
      }
      let o10 = ({ ...({ 10: [7].indexOf(4), z_: 65535, ["n" + 2]: 10 }), ...({ ...({ k1: 10 }), x: a1.indexOf(i8) }) });
    }
    default: {
      if (a1.length < 64) a1.push("a b c".indexOf("tab\tend"), 0);
      if (a1.length < 20) a1.push((+[4, 7, 7]), Math.trunc(123.456));
      break;
    }
    case 10:
      break;
    case 3:
      for (let i11 = 0; i11 < 13; i11 += 2) {
        if ((false || true)) break;
      }
      break;
    case 2:
      a1 = [10];
      break;
  }
}
let { len: n12 = 2 } = ({ "2": (-0o17), z_: 1.5, "a": (-5) });
a1 = a1;
if (((n12 > n12) < ("1e3" + false))) {
  let w13 = 0;
  while (w13 < 1) {
    w13++;
    const a14 = [...a1].filter((x15) => x15 === x15).sort((x15, y16) => y16 - x15).filter(p17 => ("😀x" !== "a"));
    --n12;
  }
} else if ((!a1.concat(a1))) {
  let caught18 = null;
  try {
    if ((1e3 > 1e3)) throw [7, 2, 9, 256, (-4)];
    if (((true ? 3 : n12) < (n12 / n12))) throw "😀x";
  } catch (e19) {
    caught18 = "outer";
  } finally {
    n12 |= Object.keys(({ y: 4, z_: 7, 2: (-123.456) })).length;
  }
}
return [a1, n12, "3.5".split("").join(", ")];
