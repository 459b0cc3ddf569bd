// Kitwork fuzz failure, program seed 3942924295
// reason: V8 returned, VM threw
// V8: ok [true,"true\n-4294967295a!",9,"[{\"p\":[\"b\",\"\",\"x,y,z\",\"-7\"],\"q\":{\"r\":true}}]",[-1,-2,-3]]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3942924295

const f1 = function (p2, p3 = "line\nbreak") {
  const n4 = Math.min(...p2);
  return p3.padEnd(10, "ab");
};
const b5 = (((1 ** 3) % (false ? 20 : (-1))) != [0xff, 10, 10].filter((p6) => true).indexOf((+[5, (-0), 20, (-7), 16])));
if ((['single', '0', "a-b-c", ""] === ({ "c": 7, 0: (0 / 0) }))) {
  let x7 = (([].map((p8) => 256) == [].map((p9) => "")) ? (-"ab".indexOf("Hi there")) : undefined);
  for (let i10 = 2; i10 > 0; i10--) {
    let s11 = ("😀x" + "Hi there").slice(0, 48);
    var s12 = (typeof f1);
    if (["a-b-c", "abc,def"].includes("a b c")) {
      f1([7, 9, i10], [(0 / 0), (-1 / 0), (-0), 8, (-0xff)].join(""));
      var o13 = (false ? ({ b: (-0) }) : ({ c: (-4294967296), 10: 4, a: 6, "b": (-0xff) }));
    } else if ((s12 < ["  pad  ", "back\\slash"])) {
      const n14 = "".toUpperCase().length;
      var o15 = ({ x: 5, y: (-0) });
    }
  }
  for (const it16 of [0, 1000]) {
    const o17 = ({ "a": (-0), y: it16, 0: 9 });
    const [n18, n19, ] = ["0", ""].map((q20) => q20.length);
    o17.len += (-2);
  }
}
const f21 = (p22 = 3, p23) => [7, 2, 1, 3].filter((p24) => true).map(p25 => (-p25));
if ((!(-42))) {
  const s26 = ("line\nbreak" + "a").slice(0, 48);
}
const f27 = (p28 = [1, 2], p29, p30 = [1, 2]) => ["1e3", "😀x"].concat(["null", "a-b-c", "hello", "hello"]).slice((-1)).slice(0, 16);
for (let i31 = 0; i31 <= 11; i31++) {
  const x32 = ((i31 !== i31) + 10);
}
const s33 = `${b5}\n${(-4294967295)}a${""}!`.slice(0, 48);
for (var i34 = 0; i34 < 7; i34 += 3) {
  if ((true == undefined)) break;
  let n35 = ((b5 && b5) + (i34 / 3.75));
}
let s36 = JSON.stringify([({ p: ["b", "", "x,y,z", '-7'], q: { r: b5 } })]).slice(0, 48);
const a37 = [6, (-0), 2147483647].map((p38, i39) => i34).map((p40, i41) => (~i41));
return [b5, s33, i34, s36, a37];
