// Kitwork fuzz failure, program seed 1917115658
// reason: V8 returned, VM threw
// V8: ok [{"0":256,"y":-15,"len":15,"c":0,"a":10},{"0":256,"a":10,"len":15,"k1":0,"y":-15,"c":0},{"0":256,"a":10,"len":15,"k1":0,"y":9.284550294640351e+26,"c":0},257]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 1917115658

const a1 = (false ? [(-0b101), 5, 1, .5, 2] : []);
const o2 = ({ ...(true ? ({ y: 0b101, 0: 256, len: 0o17, c: 0 }) : ({ "x": (-7), 2: 3 })), ...({ ...({ "a": 10 }), y: (-0o17) }) });
if (a1.length < 8) a1.push((+a1));
let o3 = ({ ...({ a: [1.5, (-3), 3, 42, (-0)].length, len: (a1[6] ?? (-123.456)), k1: (3 >> 5), "0": 4 }), ...o2 });
if ((0 == null)) {
  let n4 = ("Hi there".split(", ").length * (+[...[], ...a1]));
  const n5 = (false ? n4 : 0);
  let s6 = String(a1).slice(0, 48);
} else {
  const f7 = (p8 = [1, 2]) => ("1e3" + (0.5 + 7)).slice(0, 48);
}
const o9 = ({ ...o3, y: [(-4294967296), 2, 8, 1.5, (-9007199254740991)].reduce((acc10, x11) => acc10 * x11, 1) });
if (a1.length < 20) a1.push((7 >>> 1000), (a1[(-3)] ?? 4));
let n12 = (o9?.["0"] ?? 5);
let caught13 = null;
try {
  var o14 = ({ 2: 6, a: 6 });
  if ((n12 < n12)) {
    let caught15 = null;
    try {
      const [n16 = 6] = a1.slice((-2), 3);
      let [n17] = a1;
      if (("null".length > ((-32) * 5))) throw new Error("u:" + "MiXeD".repeat(2));
    } finally {
      const [s18 = 'a', s19 = "😀x", ] = ["a-b-c", "zz"].slice().sort();
    }
    var a22 = [3, 9007199254740991];
    let b23 = (Math.ceil("-7".indexOf("a")) !== (o3?.["10"] ?? 5e-324));
  } else if ((!"Hi there")) {
    const n24 = (n12 >>> (-9007199254740993));
  } else {
    ++n12;
    for (let it25 of Object.keys(({}))) {
      n12 %= (o3.b ?? 9);
      if ((9 < (n12 - 0))) continue;
      const n26 = Math.ceil(n12);
    }
  }
  if ((({ y: (0 / 0), c: 3, "10": (-2) }) == ["zz", "abc,def", "-7"].map(p27 => "a b c"))) throw { code: a1.indexOf(n12) };
} catch (e28) {
  caught13 = typeof e28?.message === "string" && e28.message.slice(0, 2) === "u:" ? e28.name + "/" + e28.message : (e28?.name ?? e28);
  function f29(p30 = (-3.75)) {
    if (a1.length < 64) a1.push((p30 / n12), (-10));
    const f31 = (p32, p33, ...rest34) => a1[7];
    const s35 = ((typeof [])[3] ?? "");
    let n36 = n12;
    return a1.slice().sort().map((x37) => `${x37}`);
  }
}
const f40 = () => {
  let s41 = "null";
  if ((('ab' + "12") !== s41)) throw { code: (-n12) };
  o3 = o3;
  return Math.abs(5);
};
return [o2, o3, o9, n12];
