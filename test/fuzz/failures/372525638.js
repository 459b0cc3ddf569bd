// Kitwork fuzz failure, program seed 372525638
// reason: different results
// V8: ok [2.5,undefined,[],100]
// VM: ok [2.5,"100",[100],100]
// replay: node --import tsx test/fuzz/run.ts --replay 372525638

for (let i1 = 20; i1 > 0; i1--) {
  let caught2 = null;
  try {
    var n3 = i1;
    let o4 = ({ ...({ y: 2, "a": (-4294967295) }), ...({}) });
    if (((typeof "" === "boolean") && (2 === n3))) throw new Error("u:" + ("😀x" + "a-b-c"));
  } catch (e5) {
    caught2 = typeof e5?.message === "string" && e5.message.slice(0, 2) === "u:" ? e5.name + "/" + e5.message : (e5?.name ?? e5);
    switch ("1e3".indexOf("a b c")) {
      case 3: {
      }
      default:
        break;
    }
  }
  const a6 = [(-Math.floor(i1)), (-0b101), 0, 0, (-256), (1 / 0)];
}
for (let i7 = 0; i7 < 14; ++i7) {
  function f9() {
    function f10() {
      let s11 = "MiXeD".trim();
      const a12 = [].filter(p13 => false).concat([...[.5, 1], ...[0]]).map((p14) => Math.min((-p14))).slice(0, 16);
      return s11.repeat(3).length;
    }
    return f10();
  }
  if ((true || true)) {
    for (let i15 = 0; i15 < 10; i15++) {
      var x16 = `${JSON.stringify([({ x: (0 / 0), 10: (-123.456), c: 10 })])}`.slice(0, 48);
      const s17 = 'single'.charAt(4);
      const o18 = ({ ...({ a: (-0), y: (-3.75), len: (-0) }), ...({ 10: 5, y: 5e-324 }) });
    }
    if (((~i7) <= (false ? 9 : 1))) {
      var n19 = (false ? 1 : i7);
      const sa20 = ["😀x", 'a'].concat(["tab\tend"]).slice(0, 16);
      const { b: n21 = 5, x: n22, ...o23 } = ({ k1: (-1) });
    }
    const { b: n24, c: n25, a: n26 = (-1 / 0) } = ({ ...({ 10: 8, len: 1e-7, 2: (-65535) }), y: i7 });
  } else {
    const a27 = [i7, 9007199254740993, (0 / 0), (-0.5), 1_000, i7];
  }
  let s28 = (false ? "back\\slash" : "0").padStart(9, "");
}
for (const it29 of "hello".repeat(1)) {
  function f30(p31, p32) {
    const o33 = ({ "k1": 1, c: 31, 2: Math.floor(["abc,def"].length), z_: 0 });
    var n34 = (it29.length ^ Math.round(123.456));
    return ((false ?? "s") ?? p31.map((p35, i36) => 2));
  }
}
const n37 = [...[10, 7, (-3.75)], ...[4294967295, .5]].reduce((acc38, x39) => acc38 + x39, 2);
const a40 = [5e-324, ...[0.2, 100, (-5), 0, .5], ...[(-2147483648)]].slice(0, 16);
const [n41 = (0 / 0), n42 = 3, n43, ...a44] = [...[2.5]].filter((x45) => x45 === x45).sort((x45, y46) => y46 - x45);
return [n41, n43, a44, (+[100])];
