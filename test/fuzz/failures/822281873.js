// Kitwork fuzz failure, program seed 822281873
// reason: different results
// V8: ok [0,"x,y,zx,y,zx,y,za|-|b|-|c","NaN",NaN,Infinity]
// VM: ok [0,"6,-0.5,5",[6,-0.5,5],NaN,Infinity]
// replay: node --import tsx test/fuzz/run.ts --replay 822281873

const n1 = (7 >> (-42));
const s2 = ("x,y,z".padEnd(5, "").repeat(3) + "a-b-c".split("").join("|").padEnd(0, "")).slice(0, 48);
const s3 = String(Number(s2)).slice(0, 48);
for (let i4 = 7; i4 > 0; i4--) {
  const s5 = (Object.keys(({ "z_": 10 })).includes(("zz" + [])) ? `a${(+[7, 8, 1, (-1e-7), (-0b101), (-0.2)])}${(true || true)}\n${Math.ceil(6)}!` : `-${"s"}\n${""}${"ÅÉü"}\`q`.repeat(1)).slice(0, 48);
}
switch ((true ? n1 : n1)) {
  case 3:
    for (const it6 of [n1, n1, 1, n1, 1]) {
      for (let i7 = 19; i7 > 0; i7--) {
        var s8 = ("a b c".at(1) ?? "");
        let o9 = ({ len: 0, y: 0, ["k" + 1]: 10 });
        let o10 = (false ? o9 : ({ k1: (-0), "2": 9007199254740993, b: (-0) }));
      }
    }
    if (((n1 >> 10) === ({ ...({ "2": 8, a: (-5) }), k1: 2147483647 }))) {
      let w11 = 0;
      while (w11 < 16) {
        w11++;
        let x12 = [];
        var n13 = n1;
      }
      switch ((true ? s2 : s2)) {
        case "a": {
          break;
        }
        case "ab":
        case "hello":
          const x14 = (({ 2: 1e-7, x: 3 }) && ['true', "a", "a b c", "😀x"]);
          break;
      }
      for (const it15 of [6, 0o17, 8, 5e-324, (-123.456), n1]) {
        const { x: n16 = (-4) } = ({ 2: it15, x: 3, z_: 6 });
        const o17 = ({ ...({ k1: 0, z_: 2, 0: 4, y: 0.5 }), len: it15 });
        let b18 = ((s3 == s2) && (it15 > 5));
      }
    } else if ((typeof null === "number")) {
      for (const it19 of `x=${false}a${s3}`) {
        let a20 = [...[16, 10, 6, 0.2].map((p21, i22) => 7), ...[(-1e21), (-0o17), 7, 2147483648, 0o17, 2].slice((-2), 3)].filter(p23 => (!({ ...({ x: 6, z_: (-1e-7), k1: 0, "10": (-4294967296) }), y: 0.2 }))).slice(0, 16);
        let n24 = n1;
        n24--;
      }
      const n25 = (false ? 10 : n1);
    } else {
      let caught26 = null;
      try {
        if (false) throw { code: s3.indexOf(s2) };
      } catch (e27) {
        caught26 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
        const b28 = (10 <= n1);
      }
      const x29 = (1 ?? 3);
    }
    break;
  case 0:
  case (-1):
}
return [n1, s2, s3, (+[6, (-0.5), 5]), (9 / n1)];
