// Kitwork fuzz failure, program seed 1414154349
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:TAB	END
// VM: throw <value>: Error: u:TAB	END
// replay: node --import tsx test/fuzz/run.ts --replay 1414154349

function mk1(start, step = 1) {
  let c2 = start;
  return () => {
    c2 += step;
    return c2;
  };
}
const ctr3 = mk1(9);
if ((typeof null === "object")) throw new Error("u:" + "tab\tend".toUpperCase());
const n4 = ([].length + [0, 0].reduce((acc5, x6) => acc5 - x6, 1));
for (let i7 = 0; i7 < 6; i7++) {
  const s8 = ("zz" + [0o17, (-9007199254740993)]).toUpperCase().slice(0, 48);
  const s9 = s8;
  if (((false && true) && (s8 === s8))) {
    let a10 = [].slice(2);
  } else {
    let a11 = [8, ...[7, 7, (0 / 0), (-0), 5, (0 / 0)], ...[(-65535), (-0), 255, (-31), 100, (0 / 0)]].slice(0).slice(0, 16);
    if ((![i7, 2, 3, 3])) break;
  }
}
const f12 = () => ("  pad  ".at((-3)) ?? "");
function f13() {
  let n14 = [7, 1, 1, (1 / 0), 2147483647].indexOf(4294967296);
  return (true ? ({ k1: 6, x: 1 }) : ({ a: 3, k1: (-3), 10: 10 }));
}
const b15 = Array.isArray(undefined);
var n16 = 2147483648;
return [n4, b15, n16, (false && b15)];
