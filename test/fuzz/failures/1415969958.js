// Kitwork fuzz failure, program seed 1415969958
// reason: different results
// V8: ok [6,0.21875,null,""]
// VM: ok [6,0,null,""]
// replay: node --import tsx test/fuzz/run.ts --replay 1415969958

let n1 = ([(-0), 0].includes((-0)) ? "Hi there".length : (3.75 ** 10));
const n2 = (((({}) ?? 1) ^ (--n1)) / ((4 > n1) ? (true ? n1 : n1) : 32));
if (((true && false) || "null".startsWith("3.5"))) {
  switch ("a b c".padStart(0, "*")) {
    default:
      for (let i3 = 0; i3 <= 10; ++i3) {
        const x4 = (([(0 / 0), 10, 9] <= false) ? Object.keys(({ k1: 1, len: 3 })) : undefined);
        n1 = Math.sign(n2);
      }
      ++n1;
      break;
    case "0":
      let b5 = ((n2 % 65535) === (n1++));
      break;
    case "a": {
      for (const it6 of Object.keys(({}))) {
        let a7 = [1_000, (-0.1), 7, 20].slice(0, 1);
        if (a7.length < 8) a7.push(it6.length, [].reduce((acc8, x9) => acc8 * x9, 2));
        a7 ||= a7.concat((1 / 0)).slice(0, 16);
      }
      break;
    }
    case "": {
      const o10 = (true ? ({ "len": (-2), x: 1_000 }) : ({ "len": 4, 0: (-9007199254740991) }));
      break;
    }
  }
  n1 = (-32);
  let a11 = [(-0), ...[9, (-1 / 0), 10, 1_000], ...[]].filter(p12 => [(-16), 10, (1 / 0), 10].includes(6)).slice(0, 16);
} else if ((7 >= n2)) {
  var o13 = ({});
} else {
  switch (n1) {
    case 2:
      for (let i14 = 0; i14 <= 1; i14 += 1) {
        const a15 = Array.from({ length: 1 }, (_, i16) => i16 * 0);
        if ((5 > i14)) break;
        ++n1;
      }
    case (-0):
      if (([...[5]].filter((x17) => x17 === x17).sort((x17, y18) => y18 - x17) > null)) {
        const s19 = ("Hi there" + [].map((p20, i21) => n1)).slice(0, 48);
        const o22 = (false ? ({ k1: (-2147483647), len: 1.5e300 }) : ({ 10: 1 }));
        let x23 = undefined;
      }
      break;
  }
}
let caught24 = null;
try {
  --n1;
  if ("b".slice(5).startsWith((typeof 'a-b-c'))) throw new Error("u:" + (false ? "" : "a"));
} catch (e25) {
  caught24 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
}
return [n1, n2, caught24, "".toUpperCase()];
