// Kitwork fuzz failure, program seed 430206306
// reason: V8 returned, VM threw
// V8: ok [["function"],"[15,null,1.5,1]",0.5,-0.5]
// VM: throw TypeError: TypeError: Cannot read properties of undefined (reading 'map')
// replay: node --import tsx test/fuzz/run.ts --replay 430206306

const f1 = (p2, p3 = 1e3, ...rest4) => {
  switch (("ÅÉü" + 'null')) {
    default:
      const b5 = (rest4.map((p6) => (-0)) < '-7'.repeat(3));
      rest4.pop();
      break;
    case "0":
      break;
  }
  if (rest4.length < 40) rest4.push(8, (p3 - 7));
  return `${((false && p2) && `x=${[100, 5]}a${"true"}\`q`)}`.slice(0, 48);
};
function f7() {
  let s8 = "ÅÉü".padEnd(5, "ab");
  for (let i9 = 15; i9 > 0; i9--) {
    if (false) {
      let n10 = (-10);
      const a11 = [s8.length, 2147483647, 5].map((p12) => Math.min(p12, s8.indexOf("hello"), Math.sign(n10)));
    } else {
      let a13 = [];
    }
    const [n14 = 8, , n15, ...a16] = [3, 0.5, (-0)].map((p17) => p17);
  }
  const n18 = [(1 / 0), 5, (-(-123.456)), 8, (-0), 32].reduce((acc19, x20) => acc19 * x20, 2);
  let o21 = ({});
  return [(1 / 0), (0 / 0), 2147483648, 6, 4294967296, 1].map((x22) => x22 + "").map((p23) => s8.slice(1));
}
const x24 = (typeof f1).split("|");
if ((typeof x24 === "object")) {
  if (true) {
    let { a: n25, len: n26, ...o27 } = ({ ...({ c: 10 }), ...({ 2: (-1e21), z_: 7, c: 255 }) });
    let caught28 = null;
    try {
      o27["b"] = Math.round(7);
      const [n29, n30] = Array.from({ length: 0 }, (_, i31) => i31 * (-0));
      if ("true".includes([(-1 / 0), 3, (-0), (-1e3)].join("|"))) throw 'abc,def'.indexOf("abc,def");
    } catch (e32) {
      caught28 = typeof e32?.message === "string" && e32.message.slice(0, 2) === "u:" ? e32.name + "/" + e32.message : (e32?.name ?? e32);
    } finally {
      n26 = `${f1((1.5 | 9))}`.slice(0, 48);
      o27 = ({ ...o27, ...o27 });
    }
    o27["0"] += Math.min();
  }
}
const s33 = JSON.stringify([0o17, (1 / 0), 1.5, 1]).trim().slice(0, 48);
const f34 = (p35) => {
  const n36 = 6;
  p35.pop();
  for (const [k38, v39] of Object.entries(({ ...({}), len: 0b101 }))) {
    if (p35.length < 64) p35.push(s33.indexOf(k38), (-n36));
  }
  return (["null", '1e3', "q\"uote", "-7", "line\nbreak"] <= ({ "2": 7 }));
};
return [x24, s33, (true + (-0.5)), (true ? (-0.5) : 1.5)];
