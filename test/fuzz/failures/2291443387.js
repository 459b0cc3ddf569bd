// Kitwork fuzz failure, program seed 2291443387
// reason: different results
// V8: ok [-100,"2147483647",":-99:NaN!",-0,false]
// VM: ok [-100,"2147483647",":-99[object Object]NaN!",-0,false]
// replay: node --import tsx test/fuzz/run.ts --replay 2291443387

let n1 = ([(-0), 10].map(p2 => p2).includes(Math.sqrt(6)) + (4 ** 10));
switch ([2, 7].reduce((acc3, x4) => acc3 * x4, 0)) {
  case 1:
    let w5 = 0;
    while (w5 < 7) {
      w5++;
      switch ((-4294967295)) {
        case (-1):
          break;
        case 0:
          const n6 = ((("  pad  " !== "a b c") + n1) ^ ((9 ** 0.5) ^ (9007199254740993 * n1)));
          const { c: n7 = (-2), x: n8, b: n9 } = ({ ...({}), x: 65535 });
          break;
        case 10:
      }
      var s10 = JSON.stringify(true).slice(0, 48);
    }
    for (let i11 = 6; i11 > 0; i11--) {
      const s12 = (n1 + "tab\tend").slice(1).slice(0, 48);
      const a13 = [0b101, ((~n1) + ((-1 / 0) * w5)), [i11].reduce((acc14, x15) => acc14 * x15, 2)];
    }
  case 0:
}
n1 = (-100);
let [s16 = "hello"] = [2147483647, (-4294967295), 10, 6, 0.1, 32].map((x17) => x17 + "");
const s18 = `:${(true + n1)}:${(({ "0": 3, 10: 3, 2: 2 }) % 9)}!`.slice().slice(0, 48);
if (["3.5", "0", 'a b c'].filter((p19) => false).includes(`a${0}:${s16}${2}\`q`)) {
  let caught20 = null;
  try {
    const a21 = [(n1 ** 3), 6, ((s18 === s16) ? "".length : (++n1)), (-65535)];
    let s22 = s16.toUpperCase().padStart(4).slice((-3), (-2));
    if ((typeof "" === "number")) throw [8, 2, 0, (-0), 5];
  } catch (e23) {
    caught20 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  }
}
if (true) {
  function mk24(start, step = 1) {
    let c25 = start;
    return () => {
      c25 += step;
      return c25;
    };
  }
  const ctr26 = mk24(9007199254740991, 0);
  let [s27 = "0", ...sa28] = Object.keys(({ "0": 1e3 }));
  const n29 = ctr26();
} else {
  switch ((-(-0))) {
    case "1":
      const s30 = `a${6}x=${0} end`.slice(0, 48);
      break;
    case (0 / 0): {
      break;
    }
    case (-0):
    case (-1):
  }
}
return [n1, s16, s18, (n1 % n1), false];
