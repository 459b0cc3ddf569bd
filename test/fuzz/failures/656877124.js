// Kitwork fuzz failure, program seed 656877124
// reason: different results
// V8: ok [256,4,[4],[255,-255,Infinity,-1e+21,0,65535,3,1,NaN],null,[["255","-255","Infinity","-1e+21","0","65535","3","1","NaN"],[-1e+21,-255,0,1,255,3,65535,Infinity,NaN]],{"10":5,"n2":256},{"10":5,"n2":256,"k1":[["255","-255","Infinity","-1e+21","0","65535","3","1","NaN"],[-1e+21,-255,0,1,255,3,65535,Infinity,NaN]]},4,false]
// VM: ok [256,"4",[4],[255,-255,Infinity,-1e+21,0,65535,3,1,NaN],null,[["255","-255","Infinity","-1e+21","0","65535","3","1","NaN"],[-1e+21,-255,0,1,255,3,65535,Infinity,NaN]],{"10":5,"n2":256},{"10":5,"n2":256,"k1":[["255","-255","Infinity","-1e+21","0","65535","3","1","NaN"],[-1e+21,-255,0,1,255,3,65535,Infinity,NaN]]},4,false]
// replay: node --import tsx test/fuzz/run.ts --replay 656877124

const f1 = () => (!"q\"uote".split(" "));
const [n2 = 256, , n3 = 4, ...a4] = [].slice().sort();
const a7 = [0xff, ...a4, ...[...[(-0xff), (1 / 0), (-1e21), 0, 65535], ...[3, 1, (0 / 0)]]].slice(0, 16);
let caught8 = null;
try {
  const n9 = Math.min((-100));
  if ((!"zz")) throw (-n2);
} catch (e10) {
  caught8 = typeof e10?.message === "string" && e10.message.slice(0, 2) === "u:" ? e10.name + "/" + e10.message : (e10?.name ?? e10);
  a4.pop();
}
var x11 = [a7.map((x12) => x12 + ""), a7.slice().sort()];
const o15 = ({ 10: 5, n2 });
let o16 = ({ ...o15, k1: (x11 ?? n2) });
a4.pop();
if (a4.length < 64) a4.push(n3);
return [n2, n3, a4, a7, caught8, x11, o15, o16, (+a4), ("c" in o15)];
