// Kitwork fuzz failure, program seed 1059643236
// reason: V8 returned, VM threw
// V8: ok [9,"b",true,"9",[],false]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1059643236

let n1 = Math.floor(Math.max([(-1000)].indexOf(1), (3 ^ 9007199254740993)));
const s2 = (['b'].join(",")[1] ?? "b").slice(0, 48);
const b3 = ("" !== true);
switch (n1) {
  case 1:
    break;
  case (0 / 0):
    if ([7, 1_000, (-0), 9].includes(n1)) {
      var n4 = (s2[2] ?? 'single').charCodeAt(2);
      ++n4;
      const [s5, ...sa6] = ["  pad  ", "b", 'Hi there', "  pad  "].slice((-2));
    } else if ("1e3".slice((-1), 5).includes("null")) {
      for (let i7 = 0; i7 < 17; i7 += 2) {
        ++n1;
        let n8 = n1;
        const a9 = [(-1.5e300), (-2.5), 10, 0].filter(p10 => true).slice((-1));
      }
    } else {
      for (let i11 = 0; i11 <= 4; i11++) {
        let s12 = JSON.stringify(n1).slice(0, 48);
        s12 = (s12 + (n1).toFixed(2)).slice(0, 48);
        const { x: n13 = (-31) } = ({ y: 3 });
      }
      let s14 = s2.split("|").join(", ");
    }
    var o15 = ({ x: 1, len: (true ? n1 : 2.5), ["c"]: (-4294967295) });
    break;
  default:
    const memo16 = ((base) => {
      let calls = 0;
      return (v) => {
        calls++;
        return v * base + calls;
      };
    })((+[(-31), (-4294967295), 123.456]));
    if (((n1 >= 2) && (1 !== null))) {
      const n17 = (-[16].length);
      var x18 = `${(memo16((true + n17)) * (null !== null))}`.slice(0, 48);
      let n19 = Math.min();
    } else if ((0 <= [2147483648, 3, 0b101, (-4), 0])) {
      const a20 = ["true", "3.5", "  pad  "].map((q21) => q21.length);
    }
    break;
  case (-0): {
  }
}
const s22 = JSON.stringify(Math.trunc((n1 * n1))).slice(0, 48);
for (const it23 of [4, n1, 6]) {
  n1 >>= (-8);
}
let a24 = [...[].slice((-2), 5)].filter((x25) => x25 === x25).sort((x25, y26) => y26 - x25);
let b27 = a24.includes(s2.indexOf(s2));
++n1;
n1 = a24.pop() ?? 9;
return [n1, s2, b3, s22, a24, b27];
