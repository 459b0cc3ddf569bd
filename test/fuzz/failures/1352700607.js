// Kitwork fuzz failure, program seed 1352700607
// reason: V8 returned, VM threw
// V8: ok [["  PAD  "],{"0":4294967296,"x":-42,"y":Infinity},"9007199254740992",undefined,5,undefined,false,false]
// VM: throw TypeError: TypeError: (base) => { let calls = 0; return (v)... is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 1352700607

const o1 = ({ b: (-1e3) });
const memo2 = ((base) => {
  let calls = 0;
  return (v) => {
    calls++;
    return v * base + calls;
  };
})((+[(-10), 10, 2147483648, 1e21, 10]));
var sa3 = [].map((x4) => x4 + "");
let o5 = ({ x: (-42), y: (1 / 0), 0: 4294967296 });
o5 ??= o1;
const x6 = `${(1 + 9007199254740993)}`.slice(0, 48);
if (sa3.length < 20) sa3.push('  pad  '.toUpperCase());
let { x: n7, a: n8 = 5, c: n9 } = o1;
return [sa3, o5, x6, n7, n8, n9, (false >= sa3), ('-7' >= "😀x")];
