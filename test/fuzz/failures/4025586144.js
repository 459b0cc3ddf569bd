// Kitwork fuzz failure, program seed 4025586144
// reason: different results
// V8: ok [[],"",{"p":"e","q":{"r":{"z_":4,"c":1,"k1":<cycle>}}},null,"b"]
// VM: ok [[],"",{"p":"e","q":{"r":{"z_":4,"c":1,"k1":"[Circular]"}}},null,"b"]
// replay: node --import tsx test/fuzz/run.ts --replay 4025586144

const sa1 = [""].map(p2 => "  pad  ".slice((-4))).filter(p3 => (!Array.isArray(({}))));
const s4 = ("Hi there"[2] ?? "b").charAt(4);
const s5 = ((![(-32), 7, 2, 8].reduce((acc6, x7) => acc6 * x7, 0)) ? s4 : (s4 + s4)).slice(0, 48);
const o8 = ({ z_: 4, ["c"]: 1 });
let x9 = ({ p: ('hello'.padStart(1, "*")[1] ?? "tab\tend"), q: { r: o8 } });
switch (["true", 'x,y,z', "😀x", "1e3"].length) {
  default:
    const n10 = [...[(-.5), (-1.5), 7], ...[]].slice(2, 0).reduce((acc11, x12) => acc11 * x12, 2);
    break;
  case 3:
    let w13 = 0;
    while (w13 < 18) {
      w13 += 1;
      if (false) {
        x9 ??= [true];
        const a14 = [9007199254740993, (0b101 - (~5)), 1, (-255)];
        x9 = x9;
      } else {
        const s15 = "a b c";
      }
      if (([2, 6, 0b101].indexOf(1) < (true ? 4294967295 : 10))) {
        let { c: n16 = 255 } = o8;
        const s17 = ([].map((p18) => n16).includes("ab".length) ? s4.split("").join(", ") : (sa1[0] ?? '😀x')).slice(0, 48);
      } else {
        x9 = ({ "2": (-1_000), c: 20, z_: (-0) });
      }
      let s19 = s4;
    }
    let { a: n20 = 2, c: n21 } = o8;
}
const n22 = Math.abs(Math.trunc((o8.c ?? 5)));
let w23 = 0;
do {
  w23++;
  const adder24 = (k) => (v) => v - k;
  const add25 = adder24((1 ** 10));
} while (w23 < 15);
sa1.pop();
let caught26 = null;
try {
  o8.k1 ??= (x9 ?? n22);
  let b27 = (((1.5 - w23) + s4.slice(5)) < 'a b c');
  let o28 = ({ ...({ ...o8, a: n22 }), z_: n22 });
} catch (e29) {
  caught26 = typeof e29?.message === "string" && e29.message.slice(0, 2) === "u:" ? e29.name + "/" + e29.message : (e29?.name ?? e29);
  const f30 = (p31, p32, p33) => `${(4 - p32)}`.slice(0, 48);
}
return [sa1, s5, x9, caught26, (false ? s4 : "b")];
