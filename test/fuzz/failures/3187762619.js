// Kitwork fuzz failure, program seed 3187762619
// reason: different results
// V8: ok [1,-Infinity,4294967296,{"a":4,"n2":9007199254740991},1,[8,1,5,Infinity,15],"truea b c",NaN]
// VM: ok [1,-Infinity,"8,1,5,Infinity,15",[8,1,5,Infinity,15],1,[8,1,5,Infinity,15],"truea b c",NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3187762619

let w1 = 0;
while (w1 < 1) {
  w1 += 1;
  if ((false && false)) {
    if (Array.isArray(1)) continue;
    const n2 = [1].indexOf(4);
    let o3 = ({ 2: JSON.stringify(n2).length, y: 1, "b": n2 });
  } else {
    let a4 = [123.456].slice((-3), 0).map((p5) => (2.5 + (0 / 0))).filter(p6 => false);
    if (("q\"uote".length === "3.5".length)) break;
  }
  let s7 = [9007199254740991].join("-").toUpperCase().slice(0, 48);
  const n8 = 0;
}
const { len: n9 = (-1 / 0), c: n10 = 4294967296 } = ({});
if ((true && true)) {
  for (const it11 of "true".slice()) {
    const b12 = ('-7'.indexOf(it11) > 31);
  }
  const o13 = ({ len: (-100) });
}
let o14 = ({ "a": 4, ["n" + 2]: 9007199254740991 });
const sa15 = ["a-b-c", '3.5', "abc,def", "ÅÉü", "zz"];
const n16 = Math.abs(w1);
if ((sa15.includes("a b c") && (n10 < 2))) {
  const s17 = (sa15[3] ?? "3.5");
}
const a18 = [8, "b".length, 5, (1 / 0), 0o17];
switch ((n9 ^ w1)) {
  case "1":
    const n19 = (a18[n10] ?? (-31));
    break;
  case 1:
    o14 = ({ ...(false ? ({ y: 2, x: 9, a: (1 / 0), "2": (-1 / 0) }) : o14), ...o14 });
    break;
  default:
    break;
}
for (let i20 = 0; i20 < 3; i20++) {
  for (const [k22, v23] of Object.entries(({ ...o14, ...o14 }))) {
    if (((0 / 0) !== 0)) {
      if (JSON.stringify(k22).startsWith((k22 + "back\\slash"))) break;
    }
    if (sa15.length < 64) sa15.push(`\n${['Hi there']}\n${[(-2147483647), 3, (-1e21), 10, 100]}-${sa15}`.slice(0, 48));
  }
}
return [w1, n9, n10, o14, n16, a18, ('true' + "a b c"), (+a18)];
