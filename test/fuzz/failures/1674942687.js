// Kitwork fuzz failure, program seed 1674942687
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:73.5
// VM: throw <value>: Error: u:73.5
// replay: node --import tsx test/fuzz/run.ts --replay 1674942687

let sa1 = ["true", "", 'a-b-c', '3.5'];
const s2 = (7 + "3.5").slice(0, 48);
sa1 ||= ["back\\slash", "-7", "x,y,z", "zz"];
for (const it3 of Object.keys(({ ...({ 2: 3.75, b: 10 }), ...({ b: 1.5 }) }))) {
  const o4 = ({ len: (-0xff), x: (1 >>> 2.5), b: 5, ["c"]: 1e21 });
}
var n5 = (Math.max([10, 7, 1e21].indexOf(1)) >> (false ? s2 : "a-b-c").indexOf(['zz', "3.5"].join("")));
const a6 = [9, 1_000, Math.sign(s2.indexOf(s2))];
let w7 = 0;
while (w7 < 12) {
  w7++;
  if ((({ ...({ "2": 8, z_: (-1 / 0), k1: 0, len: 4 }), ...({ 2: 1e3 }) }) === (!({ 0: 7, 10: (-0.5), len: 0b101, "a": (-1.5) })))) {
    let n8 = (((1 !== undefined) ? (true ? (-1 / 0) : 9) : 'abc,def'.length) % Array.from({ length: 0 }, (_, i9) => i9 * (-20)).indexOf(a6.length));
  } else {
    a6.pop();
    n5 = ((!true) ? (-(-0.2)) : Math.round(5));
  }
  let a10 = [2147483647, 5, 1000].map(p11 => p11).slice(3, 1);
  n5 = (false ? n5 : (-1 / 0));
}
let [n12 = 0, n13, n14] = [...a6].filter((x15) => x15 === x15).sort((x15, y16) => y16 - x15);
if (((n5 < (-1.5e300)) || (s2 == s2))) throw new Error("u:" + (false ? s2 : s2));
sa1 = a6.filter((p18) => true).map((x17) => `${x17}`);
let caught19 = null;
try {
  switch ((5 / n12)) {
    case "1":
      break;
  }
  for (const [k21, v22] of Object.entries(({ b: (-2147483648), len: 2, c: 3, 10: 9 }))) {
    n12 &= (3.75 + 16);
  }
} catch (e23) {
  caught19 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  let w24 = 0;
  do {
    w24++;
    let n25 = Math.sign((n5 * 10));
    let n26 = (false ? 0 : w7);
  } while (w24 < 9);
}
return [s2, n5, caught19];
