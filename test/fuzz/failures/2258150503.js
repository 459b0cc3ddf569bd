// Kitwork fuzz failure, program seed 2258150503
// reason: V8 threw Error, VM threw ?
// V8: throw Error: u:TAB	END
// VM: throw <value>: Error: u:TAB	END
// replay: node --import tsx test/fuzz/run.ts --replay 2258150503

const n1 = (+(true || false));
var a2 = Array.from({ length: 0 }, (_, i3) => i3 * 1e-7);
function rec4(s, n) {
  if (!(n > 0)) return "";
  if (n > 8) n = 8;
  return (s + "").slice(0, 5) + (n % 2 ? "/" : "") + rec4(s, n - 1);
}
if ((a2 <= true)) throw new Error("u:" + "tab\tend".toUpperCase());
let n5 = "b".indexOf('single');
function rec6(n) {
  if (!(n > 1)) return 1;
  if (n > 12) n = 12;
  return n * rec6(n - 1);
}
var o7 = ((!({ z_: 10, "len": 3 })) ? ({ ...(false ? ({ "k1": (-1_000) }) : ({ "k1": 6 })), ...({ len: n1, 10: 1, "a": 0, 2: (-1 / 0) }) }) : ({ ...({}), ...({ ...({ z_: 7, len: 4, c: (-100) }), k1: n5 }) }));
let n8 = (-1 / 0);
return [n1, a2, n5, o7, n8];
