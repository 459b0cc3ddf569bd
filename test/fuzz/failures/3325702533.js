// Kitwork fuzz failure, program seed 3325702533
// reason: different results
// V8: ok [[true,[1,4]],NaN,1e+21,undefined,undefined,[],true,16,NaN]
// VM: ok [[true,[1,4]],NaN,"true,1,4",[true,[1,4]],undefined,[],true,16,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3325702533

const n1 = ([(0b101 != 7), [(-3.75), 10, 1, 4, 2147483648, (1 / 0)].slice(2, (-2))] ?? 1);
const n2 = Math.max(n1, n1);
const [n3 = (-1 / 0), n4, n5, ...a6] = [1e21].filter((x7) => x7 === x7).sort((x7, y8) => x7 - y8);
var b9 = (a6.join(", ").indexOf(JSON.stringify(({ "b": 1e3 }), null, 2)) <= ((true || false) ? (n3 ** 2) : [(0 / 0), 4, 2147483648].reduce((acc10, x11) => acc10 * x11, 0)));
b9 = ((0 ?? "q\"uote") !== null);
for (let i12 = 0; i12 < 13; i12 += 3) {
  switch (`x=${[(-7), 6, 20, (1 / 0)]}-${"line\nbreak"}:${42} end`) {
    case "x,y,z":
      const a13 = [n1, 3, (0 / 0), (-5), 5, 7].slice().sort();
      break;
  }
}
for (let i16 = 0; i16 < 5; i16++) {
  for (let i17 = 0; i17 < 7; i17 += 2) {
    var s18 = "\u0041\x42";
    s18 = "Hi there";
    const s19 = ("a b c" + ("-7" == s18)).slice(0, 48);
  }
  const f20 = (p21, p22) => "hello".split(" ").slice().sort();
  for (let i25 = 0; i25 < 10; i25 += 3) {
    var b26 = [].filter(p27 => false).filter(p28 => (!({ z_: 3 }))).includes(n1);
    f20(("zz" + '  pad  '), "a".indexOf("Hi there"));
  }
}
for (var i29 = 0; i29 < 15; i29 += 2) {
  let { a: n30 = (-1), b: n31 = 6 } = (false ? ({ "len": 9, k1: 3.75, c: 10, a: 2 }) : ({ len: 0.2, c: 0, "10": 10, y: 32 }));
  const f32 = (p33, p34 = (-0)) => {
    let x35 = undefined;
    for (const [k37, v38] of Object.entries(({ ...({ c: (-1 / 0), "0": (-42), k1: 4, b: 0b101 }), len: (0 / 0) }))) {
      var a39 = a6;
    }
    b9 = (false === null);
    let caught40 = null;
    try {
      for (let it41 of "-7".split("-").join(", ")) {
        p34 = p33.pop() ?? 2;
        --p34;
        let s42 = ("0" + it41).slice(0, 48);
      }
      if (b9) return p33.length;
      if (b9) throw [0, 8, (-0), 0, 4, 9];
    } catch (e43) {
      caught40 = typeof e43?.message === "string" && e43.message.slice(0, 2) === "u:" ? e43.name + "/" + e43.message : (e43?.name ?? e43);
      let caught44 = null;
      try {
        const a45 = p33;
        const { len: n46 = 255, c: n47 = 0, b: n48 = 1 } = ({ x: 5, len: (-0.2), k1: 8, "10": 1 });
        if (((-8) != (2147483648 - (0 / 0)))) throw undefined;
      } catch (e49) {
        caught44 = typeof e49?.message === "string" && e49.message.slice(0, 2) === "u:" ? e49.name + "/" + e49.message : (e49?.name ?? e49);
        if ((n5 == ['3.5', "b", "Hi there", "a b c", "line\nbreak"])) return ["zz", "tab\tend", "zz", "null", "a-b-c"].length;
      } finally {
        var b50 = JSON.stringify([]).includes(JSON.stringify(n2, null, 0));
        n31++;
      }
    }
    return (6 << n30);
  };
}
return [n1, n2, n3, n4, n5, a6, b9, i29, ((-2) / n1)];
