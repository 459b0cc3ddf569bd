// Kitwork fuzz failure, program seed 1084297800
// reason: different results
// V8: ok [5,0,undefined,{},false,undefined,{"10":1,"a":6,"x":-9007199254740991,"b":1e-7},NaN," "]
// VM: ok [5,0,"2,1",[2,1],false,undefined,{"10":1,"a":6,"x":-9007199254740991,"b":1e-7},NaN," "]
// replay: node --import tsx test/fuzz/run.ts --replay 1084297800

const { b: n1 = (-9007199254740993), len: n2, x: n3, ...o4 } = ({ len: 0, b: 5 });
let b5 = ((('b' <= "line\nbreak") ? (true ? "x,y,z" : "b") : "b") <= "12".split(", ").map((p6) => p6.toUpperCase()));
switch ([4, (-10)].join(", ")) {
  default:
    break;
  case "a":
    for (let i7 = 17; i7 > 0; i7--) {
      switch ((n1 << 7)) {
        case 1:
          const s8 = JSON.stringify(({ y: 9007199254740991, c: 1, ...o4, b: 7 })).slice(0, 48);
          break;
      }
    }
}
b5 = (typeof n2 === "string");
let { len: n9, ...o10 } = ({ ...o4, a: 6, x: (-9007199254740991), 10: 1, b: 1e-7 });
return [n1, n2, n3, o4, b5, n9, o10, (+[2, 1]), '  pad  '.slice((-1))];
