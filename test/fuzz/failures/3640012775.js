// Kitwork fuzz failure, program seed 3640012775
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:1e3,x,y,z,x,y,z,abc,def,x,y,z
// VM: throw <value>: Error: u:1e3,x,y,z,x,y,z,abc,def,x,y,z
// replay: node --import tsx test/fuzz/run.ts --replay 3640012775

const x1 = [["ÅÉü"], (-0)];
const s2 = ("\u0041\x42" + "a b c").trim().slice(0, 48);
if ((x1 !== null)) throw new Error("u:" + ["1e3", "x,y,z", "x,y,z", 'abc,def', "x,y,z"].join());
function mk3(start, step = 1) {
  let c4 = start;
  return () => {
    c4 += step;
    return c4;
  };
}
const ctr5 = mk3(10);
const f6 = function (p7) {
  for (const it8 of Object.keys(({ "b": 8, a: 5, ["n" + 2]: 0 }))) {
    let caught9 = null;
    try {
      if ((9007199254740991 !== (-1.5))) throw new TypeError("u:bad");
      if (p7.length < 20) p7.push(Math.min(...p7));
      var o10 = ({ x: 1, "2": 4 });
    } catch (e11) {
      caught9 = typeof e11?.message === "string" && e11.message.slice(0, 2) === "u:" ? e11.name + "/" + e11.message : (e11?.name ?? e11);
      if (p7.length < 64) p7.push(Math.sign(3), 4);
    }
  }
  for (let i12 = 0; i12 <= 8; i12++) {
    var s13 = [].concat((x1 ?? i12)).join("|").slice(0, 48);
  }
  switch (s2.length) {
    default: {
      p7.pop();
      break;
    }
    case 0: {
    }
    case "1":
      if ((x1 < ["x,y,z", ""])) {
        var b14 = true;
      } else if (((-0) >= 3)) {
        const sa15 = ['a', "  pad  "].filter(p16 => true);
        p7 &&= [...p7, ...[10, 5, 4, 0, 1]].slice(0, 16);
      } else {
        var s17 = (typeof ({ c: 1 }));
        ctr5();
      }
      break;
  }
  let caught18 = null;
  try {
    let caught19 = null;
    try {
      const a20 = Object.keys(({ "0": 0, 2: 0.5, 10: 3, len: (0 / 0) })).map((q21) => q21.length);
    } catch (e22) {
      caught19 = typeof e22?.message === "string" && e22.message.slice(0, 2) === "u:" ? e22.name + "/" + e22.message : (e22?.name ?? e22);
    }
  } catch (e23) {
    caught18 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  }
  return [(-3.75), 1, 65535, (-1 / 0)].filter(p24 => false);
};
return [x1, s2, [].includes("ab"), (s2 == s2)];
