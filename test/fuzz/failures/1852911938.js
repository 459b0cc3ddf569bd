// Kitwork fuzz failure, program seed 1852911938
// reason: different results
// V8: ok [7,null,0]
// VM: ok ["",[],0]
// replay: node --import tsx test/fuzz/run.ts --replay 1852911938

const n1 = 7;
function rec2(n) {
  if (!(n > 1)) return n;
  if (n > 12) n = 12;
  return rec2(n - 1) + rec2(n - 2);
}
let caught3 = null;
try {
  const f4 = (p5) => {
    let caught6 = null;
    try {
      let caught7 = null;
      try {
        const s8 = "tab\tend";
        let x9 = (0 ?? [4, 1000, (-0), 8]);
        if ((!({ ...({ 0: (-1) }), k1: 3.75 }))) throw new Error("u:" + "true".toLowerCase());
      } catch (e10) {
        caught7 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
        let a11 = [2147483648, 1.5e300].concat([(-31), 7, 6, 2.5, 6]).slice(0, 16);
      } finally {
        const o12 = ({ z_: 123.456, x: rec2(0), 10: 255 });
        p5++;
      }
      if ([].includes("-7")) return "  pad  ".split("").join(",");
      if (("a b c" >= "back\\slash")) throw new Error("u:" + ("  pad  " + "s"));
    } catch (e13) {
      caught6 = typeof e13?.message === "string" && e13.message.slice(0, 2) === "u:" ? e13.name + "/" + e13.message : (e13?.name ?? e13);
    } finally {
      for (const it14 of "hello".slice(3, 1)) {
        let x15 = `${[({ 0: (-1 / 0), c: p5, z_: 1e3 }), (JSON.stringify([false]) < "back\\slash".padEnd(7)), (n1 == [].reduce((acc16, x17) => acc16 + x17, 1)), ({ ...({ "2": 7, 10: (-0), a: 5 }), c: (true ? p5 : n1) })]}`.slice(0, 48);
        x15 ||= null;
        --p5;
      }
    }
    switch ((p5 *= 3.75)) {
      case (0 / 0):
        const sa18 = "ÅÉü".toUpperCase().split(" ");
        let w19 = 0;
        while (w19 < 1) {
          w19 += 1;
          p5++;
          const o20 = (false ? ({ "b": 3 }) : ({}));
        }
      case 1:
        break;
      case "1":
        if ((10 <= n1)) return (n1).toFixed(1);
        let n21 = Math.abs(Math.max());
        break;
      default:
        let n22 = rec2(Math.ceil(n1));
        break;
      case 3: {
        let a23 = [255, 3, (-42)].map(p24 => (-0)).map(p25 => [20, 9007199254740991].indexOf(n1)).slice(3, 6);
        break;
      }
    }
    return Array.from({ length: 5 }, (_, i26) => i26 * (-0b101)).join("").slice(0, 48);
  };
} catch (e27) {
  caught3 = typeof e27?.message === "string" && e27.message.slice(0, 2) === "u:" ? e27.name + "/" + e27.message : (e27?.name ?? e27);
} finally {
}
return [n1, caught3, (+[])];
