// Kitwork fuzz failure, program seed 3706852632
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:-7q"uote
// VM: throw <value>: Error: u:-7q"uote
// replay: node --import tsx test/fuzz/run.ts --replay 3706852632

let caught1 = null;
try {
  const a2 = [(-123.456), 2, 10].slice().sort();
  if (((-1 / 0) > (-5e-324))) throw new RangeError("u:range");
} catch (e5) {
  caught1 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
}
if (false) {
  for (let i6 = 7; i6 > 0; i6--) {
    let s7 = (`-${["a-b-c", "a", "true", "b"]}\n${false}\`q` + `${true}${["null", "1e3"]}!`).slice(0, 48);
    let s8 = (`x=${(true ? s7 : s7)}\n${(!i6)}\`q` + `a${[9007199254740991, 9007199254740993].concat(0)}$${[10].map((x9) => `${x9}`)}`).slice(0, 48);
  }
  for (let i10 = 3; i10 > 0; i10--) {
    var a11 = [1.5e300, ...[(0 / 0), (-0), (0 / 0), 1e3, 9, 8], ...[].map((p12) => i10)].filter(p13 => Number.isInteger([].indexOf(i10))).slice(0, 16);
    a11 = [1, (-1_000), (-1 / 0), (i10 % i10)];
  }
}
const sa14 = String([(0 / 0)]).split("-").slice(0, 16);
if ((("hello" + "3.5") != 'true'.toUpperCase())) throw new Error("u:" + ("-7" + "q\"uote"));
const f15 = function (p16) {
  sa14.sort();
  return p16;
};
switch ((-4)) {
  case 1:
    if (([2, 4, (-1e3), 5, (-1 / 0), 7].map((p17) => p17) < ({ 0: (-7) }))) {
      if ((!(0 / 0))) {
        let a18 = [(1 / 0), ...[(-65535), (-0b101)], ...[2, 1, (-0.2), 3, (1 / 0)]].slice(0, 16);
        let n19 = 0o17;
        n19 %= (n19 = Math.max(10, 2147483648, 0o17));
      }
      const b20 = (true == undefined);
    } else {
      let w21 = 0;
      do {
        w21++;
        let o22 = ({ "k1": (-.5), 10: 8, x: (8 * "hello".indexOf('12')) });
        let a23 = [...[10, 0.5, 2147483647, 0, 4294967296, 1].concat([256]), ...sa14.map((q24) => q24.length)].slice(0, 16);
        let o25 = ({});
      } while (w21 < 1);
    }
    break;
  case "1":
    break;
  default: {
    let a26 = [...[].concat([(0 / 0), 4294967295, 4294967296, (-3.75), 4, 6]).filter((p27) => false), ...[1_000, 10, 1, 6, 7, 9].map((p28) => 9).map((p29, i30) => i30)].slice(0, 16);
    a26 = a26.filter((p31) => false);
    break;
  }
  case 0:
    break;
  case 2: {
    break;
  }
}
return [caught1, sa14, sa14.includes("a b c"), (7 + (0 / 0))];
