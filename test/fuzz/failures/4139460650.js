// Kitwork fuzz failure, program seed 4139460650
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:[""]
// VM: throw <value>: Error: u:[""]
// replay: node --import tsx test/fuzz/run.ts --replay 4139460650

if ((65535 == 0)) {
  const sa1 = ["0", "zz"].filter((p2) => true);
  let o3 = ({ z_: 3.75 });
} else {
  switch ((-8)) {
    case (0 / 0): {
      for (let i4 = 0; i4 < 3; i4 += 2) {
        const b5 = ([].includes(4294967295) || (i4 >= i4));
        let o6 = ({ len: i4 });
        const o7 = ({ ...o6, a: 0, ["n" + 2]: (-9007199254740991) });
      }
      break;
    }
    case 3:
      var n8 = 20;
      var n9 = ((`\n${"a"} ${false} ${false}` !== ("ab" + "\u0041\x42")) + (--n8));
      break;
    case "1":
      break;
    default:
  }
}
const a10 = [...[...(false ? [(0 / 0), (-2), 2, (-1e21), 5] : [1]), ...[...[7], ...[0, (-1 / 0)]]], ...[0xff, ...[(1 / 0), ...[(-31), 9, 8, (0 / 0)], ...[7, 2.5, 255, (0 / 0)]], ...[(-31), 2147483648, 20].filter((p11) => false)]].slice(0, 16);
switch ("3.5".slice()) {
  case "0":
    let caught12 = null;
    try {
      if ((6 !== 31)) {
        if ((5 > (32 * (-4)))) throw "b";
        a10.pop();
        var o13 = ({ ...({ 10: 3, a: (-31) }), ...({ 0: [32, 9, (-0)].length, "x": 1e-7 }) });
      }
      if (a10.length < 40) a10.push(((-4294967295) * (1 / 0)));
    } catch (e14) {
      caught12 = typeof e14?.message === "string" && e14.message.slice(0, 2) === "u:" ? e14.name + "/" + e14.message : (e14?.name ?? e14);
      for (const [k16, v17] of Object.entries(({ "a": 42, "2": (-32) }))) {
        const [n18 = (-1e3), n19 = 1e3, n20] = a10;
      }
    }
    for (let i21 = 0; i21 <= 5; i21 += 1) {
      const n22 = 42;
    }
    break;
  case "x,y,z": {
  }
}
if (true) throw new Error("u:" + JSON.stringify([""]));
if (((true + (1 / 0)) <= (+'a'))) {
  var o23 = ({ ...({ ...({ k1: 6 }), y: (0 / 0) }), len: (~0xff) });
  o23 ??= ({ z_: 0.2, "x": 256, 10: (-3.75), 2: (0 / 0) });
  let b24 = Number.isInteger(3);
} else if (('single' !== ({ 0: (-10), len: 1, 2: (1 / 0), 10: (-31) }))) {
  const n25 = Math.abs((("ÅÉü" > "line\nbreak") + 0.5));
  const a26 = a10;
}
return [a10];
