// Kitwork fuzz failure, program seed 3078816041
// reason: different results
// V8: ok [[24,4,10,0,10,-9007199254740992,1e+21],"[\"  pad  \",\"hello\",\"AB\",\"null\"]",{},24,4,0,"hello"]
// VM: ok [["",[],10,0,10,-9007199254740992,1e+21],"[\"  pad  \",\"hello\",\"AB\",\"null\"]",{},"",[],0,"hello"]
// replay: node --import tsx test/fuzz/run.ts --replay 3078816041

if ((["null", "null", "  pad  ", "  pad  ", '1e3'].length != Number("  pad  "))) {
  let [s1 = "q\"uote"] = [].filter((p2) => true);
  let s3 = s1;
  let caught4 = null;
  try {
    s3 = `${s3.repeat(2)}\`q`.slice(0, 48);
  } catch {
    caught4 = "caught";
  }
} else {
  let o5 = ({ ...(((-1 / 0) >= (-2147483648)) ? ({ ...({ b: (-2) }), ...({ "k1": 2.5, b: (-1000) }) }) : ({ ...({ 2: (-1 / 0) }), k1: 10 })), b: ((true + 2147483648) * "zz".indexOf("ab")) });
}
var a6 = [...[(4 * 6), 4, 10, (+[]), 10], ...[(-9007199254740993), 1e21]].slice(0, 16);
var x7 = `${JSON.stringify(["  pad  ", "hello", "\u0041\x42", "null"]).split(",")}`.slice(0, 48);
var o8 = ({});
const [n9, n10] = a6;
const f11 = () => {
  if (Array.isArray(undefined)) {
    if ((('' != "a-b-c") && (true || false))) return (false ? o8 : ({ k1: 6, a: (-8) }));
    o8 = o8;
    a6 = a6.filter(p12 => true).map(p13 => Math.trunc(0));
  }
  switch (`-${["-7"]}-${false}\n${"12"}\`q`) {
    case "ab":
      switch ((-31)) {
        case (-1): {
          break;
        }
        default: {
          break;
        }
      }
      break;
    case "hello":
      break;
    case "a":
      let [n14, n15] = a6.slice(2);
    case "x,y,z": {
      for (let i16 = 0; i16 < 18; i16 += 2) {
        var a17 = a6;
        const [n18, n19 = 7] = Object.entries(o8).map((e20) => e20[1]);
      }
      if (a6.length < 8) a6.push([(-8), 6, 0, 1, 8].indexOf(3.75), (6 >>> 31));
      break;
    }
  }
  switch (10) {
    case 3: {
      let { a: n21, c: n22, len: n23 = (-20), ...o24 } = ({ ...o8, 10: 9 });
      break;
    }
    case 10:
    case 2:
      break;
    case (-1):
  }
  return ({ b: (-255) });
};
return [a6, x7, o8, n9, n10, [].reduce((acc25, x26) => acc25 + x26, 0), (false ? "hello" : 'hello')];
