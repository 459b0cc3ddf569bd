// Kitwork fuzz failure, program seed 1739598498
// reason: V8 returned, VM threw
// V8: ok [null,null]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1739598498

let caught1 = null;
try {
  const a2 = [0, 0o17, 4294967295].map(p3 => p3);
  let b4 = Number.isInteger((false + 0.2));
} catch (e5) {
  caught1 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
}
if ("MiXeD".slice((-3), 7).startsWith("ab".slice(3))) {
  let { len: n6 = 10, c: n7 = 2, b: n8 = 2, ...o9 } = ({});
  if ([].slice(2).includes((+[0.1]))) {
    if (false) {
      let o10 = ({ ...({ "y": 4, 2: 9007199254740993, 0: "abc,def".indexOf("1e3") }), len: Object.keys(o9).length });
      var b11 = ("  pad  " > 'b');
      const s12 = JSON.stringify("").slice(0, 48);
    } else {
      let { b: n13, c: n14 = 7 } = o9;
      n8 ??= (n14 ** (-1));
    }
    let caught15 = null;
    try {
      o9["0"] ??= (42 - (-65535));
      if ((o9 === [1000, 1_000, 10, 2147483648, (-256)])) throw (n6 ^ 1e21);
    } catch (e16) {
      caught15 = typeof e16?.message === "string" && e16.message.slice(0, 2) === "u:" ? e16.name + "/" + e16.message : (e16?.name ?? e16);
      n8 += [20, 9, 5, 3, 8, (1 / 0)].indexOf(n6);
    }
  } else {
    let o17 = ({});
  }
} else {
  const b18 = (typeof "" === "string");
}
let caught19 = null;
try {
  const f20 = function (p21 = (0 / 0)) {
    if ((Math.min((-1 / 0)) < 'b'.indexOf("null"))) throw new Error("u:" + [(1 / 0)].join(","));
    const b22 = ([(0 / 0), 8, 6, (0 / 0), 123.456].map(p23 => p23).includes("".indexOf("MiXeD")) && ((-1e3) < (0o17 + (-1e3))));
    if (((p21 / p21) <= ("" ?? 2))) {
      let w24 = 0;
      while (w24 < 17) {
        w24 += 1;
        let a25 = [...[(-0), 9, (-123.456)], ...[0, 0, 9007199254740993, 1.5]].filter(p26 => ["line\nbreak", "Hi there", 'b', "abc,def"].includes("back\\slash")).slice(0, 16);
        const x27 = [['Hi there', "a-b-c", '  pad  ', "0"], ["😀x", "a", "\u0041\x42", 'single']];
        const n28 = p21;
      }
      switch ("😀x".toUpperCase()) {
        case "hello":
        case "a": {
          p21--;
          const [s29 = '3.5', s30] = ["a b c", "Hi there"].concat(["hello", "x,y,z"]);
          break;
        }
        case "":
          break;
        case "x,y,z":
      }
    }
    return `${(({ 2: (-9007199254740993), c: (-0.5), k1: 1, b: (-.5) }) + "a b c".padEnd(0, ""))}`.slice(0, 48);
  };
} catch (e31) {
  caught19 = typeof e31?.message === "string" && e31.message.slice(0, 2) === "u:" ? e31.name + "/" + e31.message : (e31?.name ?? e31);
}
return [caught1, caught19];
