// Kitwork fuzz failure, program seed 4275575405
// reason: V8 returned, VM threw
// V8: ok [undefined,undefined,[2,2,9,-0,0],1.4999999615686785]
// VM: throw TypeError: TypeError: f3 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 4275575405

const [s1, s2] = Object.keys(({}));
function f3(p4 = (0 / 0)) {
  ++p4;
  for (let i5 = 0; i5 < 8; i5 += 2) {
    let sa6 = Object.keys(({ z_: 2, 0: 10, i5 })).filter(p7 => true);
    p4 <<= (p4 & p4);
    if ((!s2)) {
      sa6 = "  pad  ".split(" ");
    } else if ((!(true ? false : undefined))) {
      var x8 = null;
      let x9 = [("a b c" === "hello")];
    }
  }
  if (("line\nbreak" <= 'abc,def')) {
    let w10 = 0;
    do {
      w10++;
      let b11 = (42 == [(-2147483648), 10, 3].reduce((acc12, x13) => acc12 - x13, 1));
      b11 ||= ((b11 ? p4 : 10) == (false ? p4 : 255));
      let s14 = (String(2.5)[1] ?? "q\"uote").slice(0, 48);
    } while (w10 < 3);
    if ((s2 == null)) return (p4 & (0 / 0));
  } else if ((p4 != (-2147483647))) {
    if ((s1 === undefined)) {
      --p4;
      var n15 = 100;
      let n16 = ((-n15) - [0b101, 20, 7, 3, 16, 1e3].reduce((acc17, x18) => acc17 + x18, 1));
    }
  }
  return ((p4 ** (-1)) + (3 - (-1e-7)));
}
var n19 = f3(f3((+[(-256), 2147483647, 2, 6, 3])));
if ((n19 <= n19)) {
  ++n19;
} else {
  for (let i20 = 0; i20 < 8; i20 += 2) {
    n19 = (('' <= "Hi there") ? (n19 + (-0.5)) : f3());
    if (("Hi there" == "back\\slash")) {
      let { a: n21, b: n22 = (0 / 0), c: n23 = (-0) } = ({ "y": 0, b: 4 });
      n21 = s2;
      n23 >>>= n19;
    } else if (['true', "zz", 'hello'].includes("")) {
      let s24 = JSON.stringify([]).slice(0, 48);
      var sa25 = s24.toUpperCase().split(" ");
    } else {
      const a26 = [0, (-255)].map(p27 => p27).map((p28, i29) => n19);
    }
  }
  for (const [k31, v32] of Object.entries(({ ...({ b: 10 }), ...({ 2: 100 }) }))) {
    n19 &&= k31.length;
    let n33 = Math.trunc(Math.ceil(1));
  }
}
const a34 = (true ? [2, 2, 9, (-0), 0] : [1]);
return [s1, s2, a34, (6 / n19)];
