// Kitwork fuzz failure, program seed 973368190
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:5
// VM: throw <value>: Error: u:5
// replay: node --import tsx test/fuzz/run.ts --replay 973368190

for (const it1 of Object.keys(({ ...({ 0: 7 }), a: (-256) }))) {
  var x2 = ({ p: it1, q: { r: ({ a: (-1 / 0), 10: 4294967295, x: 1 }) } });
}
let n3 = Math.abs((+'hello'));
for (const it4 of [(-7), (-4294967295), n3, 7, n3]) {
  const n5 = [].length;
  switch (("0" + n5)) {
    case "hello":
      let n6 = ["12", "", "a-b-c", "zz", "  pad  "].length;
      if ((Math.max(2, 4) != undefined)) {
        const s7 = ("3.5".padEnd(6, "") + (typeof [])).slice(0, 48);
      }
      break;
    case "":
      ++n3;
      var s8 = [5, 1.5e300, (-0), 4].filter((x9) => x9 === x9).sort((x9, y10) => x9 - y10).join(",").slice(0, 48);
      break;
    case "a":
      switch ([(-1000), (-2147483648), 32, 65535, 7, 6].join(" ")) {
        default:
          break;
        case "ab":
          break;
      }
      n3 = n5;
      break;
    default: {
      break;
    }
  }
}
let [s11, s12 = "back\\slash"] = [...["Hi there", "", "3.5", "3.5"]].sort((x13, y14) => (x13 < y14 ? 1 : x13 > y14 ? -1 : 0));
s12 = s12.split("").join("-");
for (let i15 = 0; i15 < 6; i15 += 2) {
  let s16 = (true ? "q\"uote" : s12).slice((-2), 2).padStart(0);
  var a17 = Array.from({ length: 5 }, (_, i18) => i18 * (-0));
  for (let i19 = 10; i19 > 0; i19--) {
    let w20 = 0;
    do {
      w20++;
      const a21 = a17;
    } while (w20 < 4);
    const s22 = "a b c".repeat(2).repeat(1).slice(0, 48);
    let a23 = [].filter((x24) => x24 === x24).sort((x24, y25) => x24 - y25);
  }
}
if (true) throw new Error("u:" + s12.charAt(4));
if ((true && false)) {
  const sa26 = ["  pad  ", "3.5", "1e3", '  pad  '];
  let n27 = (-0.5);
  const b28 = ((false ? 2 : n3) >= (+false));
} else if ((!0)) {
  let sa29 = ["-7", "q\"uote", "ÅÉü", "a-b-c", "abc,def"];
  const n30 = Math.sign(n3);
}
return [n3, s11, s12, ["😀x", "tab\tend"].length];
