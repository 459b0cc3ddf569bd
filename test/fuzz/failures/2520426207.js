// Kitwork fuzz failure, program seed 2520426207
// reason: V8 returned, VM threw
// V8: ok [[0.5,0.5,-Infinity],{"0":1,"z_":10,"c":9,"len":10},-5,"Hi theret",{"k1":7,"y":3,"len":-0},10,false]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 2520426207

if (['12', "line\nbreak"].concat(["-7"]).includes(('1e3' + ''))) throw [0, 1.5e300, 0, 3];
const a1 = (("true" == "MiXeD") ? [(-100), ...[1e-7, (-0), 7, 1, 6, (-31)], ...[0b101, 7]] : [.5]).slice(0, 16);
if (a1.length < 20) a1.push((+a1), (-(1 / 0)));
for (const it2 of [9]) {
  for (let i3 = 0; i3 <= 17; i3++) {
    for (let i4 = 0; i4 <= 2; i4++) {
      const n5 = a1.length;
    }
    const a6 = [...[it2].filter(p7 => (typeof false === "undefined")), ...a1.map((p8, i9) => (-1.5e300)).slice(2)].slice(0, 16);
  }
  let caught10 = null;
  try {
    const x11 = (null ?? "hello");
    if (true) throw undefined;
  } catch (e12) {
    caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
  }
  if ((null === null)) {
    var o13 = ({});
    const s14 = (('12'.toUpperCase() < String("")) ? ((typeof ({}) === "boolean") ? (false ? "true" : "hello") : "a b c".padStart(0, "0")) : JSON.stringify(a1.slice((-2), (-1)), null, "  ")).slice(0, 48);
    const s15 = [100].join("").toUpperCase().slice(0, 48);
  } else if ((({ p: it2, q: { r: ({ "k1": 4 }) } }) !== undefined)) {
    const x16 = ({ "z_": 5, b: 1 });
    let a17 = a1;
  }
}
const o18 = (((Number.isInteger(3) ? 1 : 0) > (true + (-0o17))) ? ({ "z_": 10, c: 9, "len": 10 }) : ({ c: 0, "y": a1.reduce((acc19, x20) => acc19 + x20, 1), ["n" + 2]: 2147483648 }));
o18["0"] = (8 ** 0);
let n21 = (o18["10"] ?? (-5));
let x22 = `${((true ? "Hi there" : "ÅÉü") + ("true"[0] ?? 'hello'))}`.slice(0, 48);
for (let i23 = 0; i23 <= 3; ++i23) {
  for (const it24 of a1) {
    const sa25 = [6, 9007199254740993, 9007199254740993].map((x26) => `${x26}`);
    if (Array.isArray(null)) continue;
  }
  const n27 = (n21 % (o18["10"] ?? (-255)));
  const s28 = (3 + `x=${"true"}!`).slice(0, 48);
}
let o29 = ({ "k1": 7, y: 3, len: (-0) });
return [a1, o18, n21, x22, o29, 10, [(-1)].includes(n21)];
