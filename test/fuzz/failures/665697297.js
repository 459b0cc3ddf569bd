// Kitwork fuzz failure, program seed 665697297
// reason: V8 returned, VM threw
// V8: ok [12,4,"",7]
// VM: throw TypeError: TypeError: rec2 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 665697297

function rec1(n) {
  if (!(n > 0)) return true;
  if (n > 30) n = 30;
  return rec2(n - 1);
}
function rec2(n) {
  return n > 0 ? rec1(n - 1) : false;
}
let w3 = 0;
while (w3 < 12) {
  w3 += 1;
  var n4 = ((-1) % 3.75);
  rec2((+[(1 / 0), 5, (-0o17), 65535, 1e21, (-5e-324)]));
  for (let i5 = 0; i5 <= 3; i5++) {
    const n6 = i5;
    switch (("a" + "abc,def")) {
      default:
        n4 ||= n6;
        let o7 = ({ 10: n4, "z_": 1, 2: 'hello'.slice(2, 1).indexOf("ab"), "y": 1_000, ["n" + 2]: 3, n6 });
        break;
      case "0":
        let a8 = [(-1e-7), 1e-7, 0o17, 9, 5];
        break;
    }
    var a9 = [1e3].filter((x10) => x10 === x10).sort((x10, y11) => x10 - y11).slice(0, 1);
  }
}
let caught12 = null;
try {
  for (var i13 = 0; i13 < 7; i13++) {
    rec2(Math.max());
    const s14 = (typeof ("x,y,z" === "zz"));
    let [n15, ...a16] = [9007199254740991, 5e-324, 2, (1 / 0), (-0), 10].concat([(-255), 1]);
  }
  switch ((false ? "ab" : "ÅÉü")) {
    case "0": {
      let caught17 = null;
      try {
        const [n18, n19 = 4, , ...a20] = [...[0, 1, 2, 1]].filter((x21) => x21 === x21).sort((x21, y22) => y22 - x21);
        const n23 = 10;
        const x24 = ({ p: i13, q: { r: n18.p } });
        if ((["Hi there", '-7', "  pad  ", "line\nbreak"].length == (true + n23))) throw new Error("u:" + `-${false}a${true} end`);
      } catch (e25) {
        caught17 = typeof e25?.message === "string" && e25.message.slice(0, 2) === "u:" ? e25.name + "/" + e25.message : (e25?.name ?? e25);
      }
    }
    case "ab": {
      break;
    }
  }
  if ((Math.min((-0), (-42)) != (i13 - 2))) throw [(-32), 10, 1e-7, 5].length;
} catch (e26) {
  caught12 = typeof e26?.message === "string" && e26.message.slice(0, 2) === "u:" ? e26.name + "/" + e26.message : (e26?.name ?? e26);
} finally {
}
return [w3, caught12, ("".at(1) ?? ""), (true + 6)];
