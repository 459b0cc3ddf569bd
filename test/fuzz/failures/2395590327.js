// Kitwork fuzz failure, program seed 2395590327
// reason: V8 returned, VM threw
// V8: ok ["a","-7",[],undefined,{"x":NaN},-Infinity]
// VM: throw TypeError: TypeError: Cannot create property 'x' on string '8,8,5,1000,0.2'
// replay: node --import tsx test/fuzz/run.ts --replay 2395590327

let o1 = ({});
o1 = o1;
o1.x = (+[8, 8, 5, 1e3, 0.2]);
const s2 = "a".toLowerCase();
var s3 = `$${(-8)}${3.75}-${(-.5)}!`.slice(0, 48);
s3 = (s3 + `${'ab'}$${['true', "  pad  ", "", "a b c", "x,y,z"]}$${5}`).slice(0, 48);
s3 = (s3 + '12'.slice((-4)).toUpperCase()).slice(0, 48);
for (var i4 = 0; i4 <= 2; ++i4) {
  let w5 = 0;
  while (w5 < 17) {
    w5 += 1;
    for (let i6 = 2; i6 > 0; i6--) {
      s3 = "-7";
      let n7 = [...[(-0), (-10), 4, (-255), (-7), 1].concat([2.5, 1, (-65535)]), ...[...[0, 2147483647, 3, (-5e-324), 0, 31]].filter((x8) => x8 === x8).sort((x8, y9) => y9 - x8)].length;
    }
    let b10 = (9007199254740991 + s3).slice(2, 8).startsWith(`$${[]}\n${"back\\slash"}\n${[1, 0xff, 100, 1, 0]}\`q`.padStart(4, ""));
    for (let i11 = 1; i11 > 0; i11--) {
      s3 = (s3 + (s3.at(2) ?? "")).slice(0, 48);
      if ((["  pad  ", "a b c"].includes("a-b-c") && (2.5 == (-255)))) break;
    }
  }
}
let s12 = "😀x";
const [n13, , n14 = 5, ...a15] = Array.from({ length: 3 }, (_, i16) => i16 * 7);
let b17 = ((((-7) | i4) % a15.length) <= ["0", "abc,def"].concat(['a', "hello", 'a-b-c']).length);
let x18 = n13?.p;
s12 = (s12 + s3.split("|").join("-")).slice(-48);
var o19 = o1;
return [s2, s3, a15, x18, o19, Math.max(...a15)];
