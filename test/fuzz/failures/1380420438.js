// Kitwork fuzz failure, program seed 1380420438
// reason: different results
// V8: ok [[5],5,[],true,1]
// VM: ok [[5],5,[],"5",1]
// replay: node --import tsx test/fuzz/run.ts --replay 1380420438

let n1 = ([2147483648, 0.2, (-123.456), 20, 2, 0b101].slice((-1)) ?? ([].length + Math.trunc((-.5))));
let [n2, ...a3] = [].concat([5]);
if ((((-1 / 0) >= n1) && (n1 >= 16))) {
  const f4 = function (p5, p6, p7 = (0 / 0)) {
    if ((p6 > 2)) {
      for (let i8 = 0; i8 <= 14; ++i8) {
        const s9 = `:${i8} end`.slice(0, 48);
        a3 = [31, ...[5, (-9007199254740993), 0, 1.5e300, p7], ...[2].map((p10) => i8)].slice(0, 16);
        a3 ||= [(-0.2), 0, 2147483647, 0o17].filter((p11) => (true && true));
      }
      let [, n12 = (-0), n13 = 0b101] = [...a3].filter((x14) => x14 === x14).sort((x14, y15) => y15 - x14);
    } else if ((["q\"uote", "", "12", "abc,def", "a b c"] != n2)) {
      p6 += (false ? p5 : 9007199254740993);
    }
    n2 = (false ? 'a-b-c' : undefined);
    if (2 < a3.length) a3[2] = (++p7);
    return [(-0), (0 / 0), 0.2, 4, 2].slice(2, 6);
  };
} else if (("x,y,z"[3] ?? "").startsWith(("3.5" + "b"))) {
  for (const [k17, v18] of Object.entries((true ? ({ c: 6, b: 0, "a": (-16) }) : ({ y: 9007199254740993, a: 5 })))) {
    var b19 = ((n1--) === (k17 ?? (7 | (-0b101))));
  }
  if (["ab", 'ab', "a-b-c", "q\"uote"].includes("-7")) {
    n1++;
    switch (1e21) {
      case 2:
        const o24 = (false ? ({ y: 7 }) : ({ "x": 6, z_: (0 / 0) }));
      default: {
        let x25 = ({ p: "3.5", q: { r: ("q\"uote".split("").join(", ")[3] ?? "b") } });
        break;
      }
      case (0 / 0):
        break;
    }
    const n26 = 4;
  } else {
    for (const it27 of '😀x'.toUpperCase()) {
      const o28 = ({ x: (-.5), 10: (-5e-324) });
    }
  }
}
for (const it29 of `$${n1}!`) {
  if ((((-2147483647) * n1) === Math.round(n1))) {
    for (let i30 = 0; i30 < 8; i30 += 3) {
      var b31 = ([1, 9007199254740991, (-8), (-1_000), (-1e3)] > (false ? (i30 >= n1) : undefined));
      n1 = (n1 / i30);
    }
    --n1;
    if (["1e3"].includes("line\nbreak")) {
      if (["x,y,z", "b", "12"].includes(it29)) continue;
    } else {
      const sa33 = it29.split(" ");
    }
  } else {
  }
}
return [n1, n2, a3, (true && true), (n1 / n1)];
