// Kitwork fuzz failure, program seed 79246203
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:10.0
// VM: throw <value>: Error: u:10.0
// replay: node --import tsx test/fuzz/run.ts --replay 79246203

let n1 = [...[8, 2, 1].slice((-1)), ...[(-3)]].indexOf(('abc,def'.length + (.5 - 0)));
n1 = (["a-b-c", "back\\slash"].includes("a b c") ? (-n1) : (true + 9));
n1 = n1;
function rec2(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec2(s, n - 1);
}
if ((n1 >= n1)) {
  let caught3 = null;
  try {
    for (var i4 = 0; i4 < 12; i4 += 2) {
      let [n5 = 6, n6, ...a7] = (false ? [0, (-0), 16, (-9007199254740993)] : [(-3.75), 16, 10]);
      let n8 = 3;
    }
    for (const it9 of ("0" + "hello")) {
      var n10 = n1;
    }
    if ('single'.startsWith('')) throw "Hi there";
  } catch (e11) {
    caught3 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
  }
  let [s12, s13 = "😀x", ...sa14] = ["true", "MiXeD", 'ÅÉü', ''].map(p15 => 'zz');
}
const f16 = (p17 = [1, 2], p18) => {
  const { b: n19 = (-0), a: n20, x: n21 } = ({ z_: 3, k1: n1, 10: 1 });
  const f22 = () => JSON.stringify(n19).split(",").join("-").slice(0, 48);
  const s23 = [].join().slice(0, 48);
  return 3;
};
for (let i24 = 0; i24 < 19; i24 += 3) {
  let { x: n25 = (-3.75), a: n26, b: n27 = (-9007199254740991) } = (true ? ({ c: 8, 10: (-0o17) }) : ({ x: (-1), k1: 4 }));
  const a28 = [42, 10, 4, 0, 1_000].filter((p29) => false);
}
if (((n1 != 8) || ([] !== null))) throw new Error("u:" + (n1).toFixed(1));
const n30 = 10;
let o31 = (false ? ({ x: 10 }) : ({ b: 100, 10: (-(-0b101)) }));
for (let i32 = 0; i32 < 17; ++i32) {
  const a33 = [...[0, 7, 8, (0 / 0), (-1 / 0), 3]].filter((x34) => x34 === x34).sort((x34, y35) => y35 - x34);
  const o36 = ({});
}
switch ((n1 + 0)) {
  case "1":
  case (0 / 0):
    break;
  default: {
    const b37 = ((n30 == n30) && ([] === undefined));
    break;
  }
  case 0:
    break;
}
const a38 = [4, 7, (-20), n1, (-1.5), n30].concat([...[7, (-0.5), 42, 9007199254740991], ...[255, 3, 2]]).slice(0, 16);
return [n1, n30, o31, a38];
