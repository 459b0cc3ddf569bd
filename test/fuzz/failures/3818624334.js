// Kitwork fuzz failure, program seed 3818624334
// reason: V8 returned, VM threw
// V8: ok [[256,-Infinity,3,NaN,10],"NaN 2 10 1 -Infinity 3",{"10":1,"z_":255,"k1":-1e-7,"a":3},[256,-Infinity,3,NaN,10],true,"Hi there"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3818624334

const a1 = [...[256, (-2147483648)]].filter((x2) => x2 === x2).sort((x2, y3) => y3 - x2);
for (let i4 = 8; i4 > 0; i4--) {
  let caught5 = null;
  try {
    const o6 = ({});
    a1.pop();
  } catch (e7) {
    caught5 = typeof e7?.message === "string" && e7.message.slice(0, 2) === "u:" ? e7.name + "/" + e7.message : (e7?.name ?? e7);
  }
  if (((typeof caught5 === "object") && (!"😀x"))) {
    const b8 = ("" > "b");
    for (const it9 of Object.keys(({}))) {
      if (a1.length < 8) a1.push((b8 + 6));
      let n10 = [0.2].reduce((acc11, x12) => acc11 * x12, 1);
      n10 = Math.sign((-3));
    }
  } else if ((true && true)) {
    if (a1.length < 8) a1.push(Math.max());
    switch (((-32) % i4)) {
      case "1":
        const { x: n13 = 1, a: n14, ...o15 } = ({ c: 0b101 });
        break;
      case 2:
        if (((-5) == (false ? 'a' : "null"))) continue;
        if (a1.length < 8) a1.push(a1.length);
        break;
      case 1:
        if ((caught5?.[0] !== null)) continue;
        const sa16 = ['12', "1e3", "b", 'a-b-c'];
        break;
    }
  }
  const s17 = (i4 + "ÅÉü").padStart(10, "*").repeat(0).slice(0, 48);
}
if (a1.length < 40) a1.push((+[(-7), (-255)]));
const s18 = [...a1.slice((-2), 1), ...(false ? a1 : [(0 / 0), 2, 10, 1, (-1 / 0), 3])].join(" ").slice(0, 48);
for (const it19 of ["line\nbreak", "tab\tend"]) {
  if ((!true)) {
    let caught20 = null;
    try {
      var x21 = (0 ?? []);
      if ((1 > 8)) continue;
      let o22 = ({ k1: (0 / 0), 10: (0 / 0) });
      if (Number.isInteger(0b101)) throw [(-4294967296), (-0), .5, (-1 / 0), (-2147483647), 1e21];
    } catch (e23) {
      caught20 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
    }
  } else {
    if (a1.length - 1 < a1.length) a1[a1.length - 1] = a1.length;
  }
}
const o24 = ({ ...({ 10: 1, z_: 255, ["k" + 1]: (-1e-7) }), a: ["3.5", "MiXeD", "MiXeD"].length });
const a25 = a1;
if (a1.length < 64) a1.push((o24.len ?? (0 / 0)), 10);
return [a1, s18, o24, a25, (s18 === s18), "Hi there"];
