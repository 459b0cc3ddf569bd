// Kitwork fuzz failure, program seed 2308885502
// reason: different results
// V8: ok [15,null,"zz15zz15zz15",NaN]
// VM: ok [15,"10,NaN,9007199254740992",[10,NaN,9007199254740992],NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 2308885502

let w1 = 0;
while (w1 < 15) {
  w1 += 1;
  if (["Hi there", "a b c", "ab", 'hello'].includes("ÅÉü")) {
    if (((-1 / 0) > (-.5))) {
      const sa2 = [].map((x3) => `${x3}`);
    } else if (('12' + "null").includes((9).toFixed(3))) {
      let sa4 = ["line\nbreak", "a", 'zz', 'Hi there', 'abc,def'].filter(p5 => false);
    }
    switch (Math.min(0.5, 10, 8)) {
      default: {
      }
      case (-1): {
        break;
      }
      case "1":
        break;
    }
    if ((![(-0.1), 0o17].filter(p7 => true))) {
      let a8 = [(-1.5), 3, 4, 8].slice(3).slice(0);
      a8.pop();
      const s9 = (((true ? "ÅÉü" : undefined) == null) ? 'single'.slice((-3), 3).slice(1, 5) : "ÅÉü".repeat(2).repeat(3)).slice(0, 48);
    }
  } else {
    let s10 = 'MiXeD'.toLowerCase().padStart(1, "").split(" ").join("");
  }
  if (([0xff, (-31), (-16), (1 / 0), 6].reduce((acc11, x12) => acc11 - x12, 2) >= ("" ?? 10))) break;
}
let caught13 = null;
try {
  let [s14, , s15, ...sa16] = ["null", 'Hi there'];
  const f17 = function (p18, p19) {
    p18 = "x,y,z".repeat(3).slice(0, 48);
    return [sa16];
  };
  s14 = s15;
} catch (e20) {
  caught13 = typeof e20?.message === "string" && e20.message.slice(0, 2) === "u:" ? e20.name + "/" + e20.message : (e20?.name ?? e20);
}
for (let i21 = 20; i21 > 0; i21--) {
  let [n22 = (-31)] = (true ? [4294967295, 6] : [1.5, (-0b101), (-0b101), (1 / 0), 3, 3]);
  if (false) {
    for (let i23 = 0; i23 <= 7; i23++) {
      n22 ||= i23;
      const o24 = ({ ...({}), x: (-3) });
    }
    const b25 = ("3.5".padEnd(8, "") !== ("Hi there" + true));
    const n26 = (b25 ? n22 : (-0));
  } else if (false) {
    n22 **= (-1);
  }
  const o27 = ({ ...(true ? ({ y: 0, "a": 9 }) : ({ 0: 9007199254740991, y: 9007199254740991, len: 2147483647 })), a: ((-0) / i21) });
}
const s28 = ("zz" + w1).repeat(3).slice(0, 48);
return [w1, caught13, s28, (+[10, (0 / 0), 9007199254740993])];
