// Kitwork fuzz failure, program seed 168137204
// reason: different results
// V8: ok [{"2":-1,"b":4},[8,-Infinity,0.5,-5,2147483648,-1e+21],5,undefined,0.2,undefined,undefined,null,0,NaN]
// VM: ok [{"2":-1,"b":4},[8,-Infinity,0.5,-5,2147483648,-1e+21],"8,-Infinity,0.5,-5,2147483648,-1e+21",[8,-Infinity,0.5,-5,2147483648,-1e+21],0.2,undefined,undefined,null,0,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 168137204

const o1 = ({ ...(("0" < "line\nbreak") ? ({ 2: 7 }) : ({})), b: (["hello", "a b c", 'zz', '😀x'].includes("ab") ? (9 / (-1_000)) : "true".length) });
let a2 = [8, ...[(-1 / 0), .5, (-0b101)], ...[2147483648, (-1e21)]].slice(0, 16);
const f3 = (p4 = "true", ...rest5) => (a2[3] ?? 10);
const fs6 = [];
for (var i7 = 0; i7 < 5; i7++) {
  fs6.push((v) => v - i7);
}
let { x: n8, ...o9 } = o1;
const [n10 = 0.2, n11, n12] = [].filter((p13) => false);
for (const it14 of a2) {
  for (const it15 of 'ab'.split("-")) {
    const n16 = f3((2).toFixed(4).slice());
  }
  let caught17 = null;
  try {
    delete o1["0"];
    var a18 = a2.slice(2);
  } catch {
    caught17 = "caught";
  } finally {
    if ((undefined !== o9?.a)) {
      if (a2.length < 8) a2.push(Math.min(...a2));
      a2 &&= a2;
    } else {
      const x19 = [o9];
    }
    if (((it14 ** 2) === (Number.isInteger(it14) ? 1 : 0))) {
      o9 = o1;
      if (a2.length < 20) a2.push(Math.min(...a2));
    }
  }
  const x20 = undefined;
}
let caught21 = null;
try {
  const sa22 = Object.keys(o9);
  if (sa22.length < 20) sa22.push('-7'.toUpperCase());
  o1["2"] = a2.indexOf(5e-324);
  if ((n10 >= i7)) throw [];
} catch (e23) {
  caught21 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
} finally {
  if (("y" in o1)) {
    const o24 = ({ ...o9, c: "a b c".length });
    const b25 = (!"3.5");
    if (b25) {
      let x26 = n8?.q?.r;
      let n27 = f3("ab".toUpperCase());
      x26 = ["😀x", '1e3'];
    } else if (b25) {
      o24["10"] ??= ((-2147483647) / 2147483648);
    }
  } else if ((n10 !== (a2[1] ?? 7))) {
    const n28 = 32;
  }
}
return [o1, a2, i7, n8, n10, n11, n12, caught21, (n10 >> i7), (+a2)];
