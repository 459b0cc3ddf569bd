// Kitwork fuzz failure, program seed 1284490403
// reason: different results
// V8: ok [[-3,3.75,NaN],{"10":-0,"a":-15,"b":1},[9007199254740992,10,4,31,4294967295],null,"","aÅÉü:1e+21 end"]
// VM: ok [[-3,3.75,"0,4,Infinity,0,31NaN"],{"10":-0,"a":-15,"b":1},[9007199254740992,10,4,31,4294967295],null,"","aÅÉü:1e+21 end"]
// replay: node --import tsx test/fuzz/run.ts --replay 1284490403

const a1 = [3.75, 4, (-3)].slice().sort();
let o4 = ({ 10: (-0), a: (-0o17), b: "b".length });
o4 &&= o4;
if (a1.length - 1 < a1.length) a1[a1.length - 1] += (+[(-0), 4, (1 / 0), (-0), 31]);
delete o4["k1"];
switch ("ab".padStart(6, "")) {
  case "hello": {
    var o5 = ({ a: (-1.5), c: 0, 0: (-0.2) });
    break;
  }
}
const a6 = (("a" <= 'ab') ? [9007199254740993, 10, 4, 31, 4294967295] : [(0 / 0), (0 / 0)]);
let caught7 = null;
try {
  let b8 = (true && false);
  if (false) throw 'ÅÉü';
} catch (e9) {
  caught7 = typeof e9?.message === "string" && e9.message.slice(0, 2) === "u:" ? e9.name + "/" + e9.message : (e9?.name ?? e9);
} finally {
  let n10 = (a6[2] ?? (-2.5));
  const f11 = () => [(-31)];
}
return [a1, o4, a6, caught7, "a-b-c".slice(5), `a${"ÅÉü"}:${1e21} end`];
