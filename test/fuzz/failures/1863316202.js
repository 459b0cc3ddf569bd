// Kitwork fuzz failure, program seed 1863316202
// reason: different results
// V8: ok [-0.5,16,-1e+21,[0],false,null,null,null,"[null]",":0"]
// VM: ok [-0.5,16,-1e+21,[],false,"caught",null,"caught","[null]",":"]
// replay: node --import tsx test/fuzz/run.ts --replay 1863316202

const f1 = (p2) => {
  if ((!(-4294967295))) throw false;
  return ((0 / 0) + "12").slice(0, 48);
};
const [n3 = (-0.5), n4 = 16, n5 = (-1e21), ...a6] = [];
var b7 = ((false || false) && (!({})));
function rec8(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec8(s, n - 1);
}
let caught9 = null;
try {
  if (a6.length < 20) a6.push((+a6));
  if ([].includes(4)) throw (1.5 - n5);
} catch {
  caught9 = "caught";
} finally {
  let a10 = a6;
  for (let it11 of Object.keys(({ ...({ a: 4, y: (-42), "0": (0 / 0) }), z_: n3 }))) {
    const a12 = [...[0o17, 9, 1e-7, 256, (-0), 0]].filter((x13) => x13 === x13).sort((x13, y14) => y14 - x13).filter(p15 => (b7 || b7)).slice(2);
    let s16 = [16, ...a12, ...[(-32), 3, 2, 0, (-1e-7)]].join().slice(0, 48);
  }
}
let caught17 = null;
try {
  const b18 = b7;
  if (b7) throw new Error("u:" + "q\"uote".toUpperCase());
} catch (e19) {
  caught17 = typeof e19?.message === "string" && e19.message.slice(0, 2) === "u:" ? e19.name + "/" + e19.message : (e19?.name ?? e19);
}
function mk20(start, step = 1) {
  let c21 = start;
  return () => {
    c21 += step;
    return c21;
  };
}
const ctr22 = mk20(10);
const x23 = caught9;
if ((!({ z_: (-42), c: 0.5, "len": (-0xff), 10: (-4294967295) }))) {
  const o24 = (((b7 ? 9 : n4) >= ctr22()) ? ({ k1: (-0), "10": n3, x: (0 / 0) }) : ({ ...({ 2: 5, k1: 10, b: (0 / 0) }), b: ((-123.456) % (-9007199254740991)) }));
  o24["2"] += (undefined ?? n3);
} else {
  const { len: n25 = 2 } = (true ? ({ x: 4294967296, 0: (-1000), z_: (-0), y: (-16) }) : ({ "x": 7, k1: (-0) }));
  for (const it26 of (b7 ? "-7" : "1e3")) {
    let caught27 = null;
    try {
      const sa28 = ["tab\tend", "a b c"].slice((-1)).map(p29 => it26.padStart(2, "*"));
    } catch (e30) {
      caught27 = typeof e30?.message === "string" && e30.message.slice(0, 2) === "u:" ? e30.name + "/" + e30.message : (e30?.name ?? e30);
      const [n31 = 10, ...a32] = a6;
    } finally {
      let n33 = Math.sqrt(n5);
    }
  }
}
return [n3, n4, n5, a6, b7, caught9, caught17, x23, JSON.stringify([caught17]), `:${a6}`];
