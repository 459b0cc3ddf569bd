// Kitwork fuzz failure, program seed 3781791047
// reason: different results
// V8: ok [{"0":2,"2":1.5e+300,"k1":0,"c":3,"z_":NaN},"true0.2",9007199254740992,"[[]]",true,NaN]
// VM: ok [{"0":2,"2":1.5e+300,"k1":0,"c":3,"z_":NaN},"NaN,7,2,2.5,0,9",[NaN,7,2,2.5,0,9],"[[]]",true,NaN]
// replay: node --import tsx test/fuzz/run.ts --replay 3781791047

let o1 = ({ k1: 0, c: 3, 2: Math.ceil(1.5e300), 0: 2 });
var s2 = ("true" + 0.2).padEnd(6, "0").slice(0, 48);
if ((s2 + 'single').includes((s2 + s2))) {
  if ((((-2147483647) % 3.75) !== (20 % (-5e-324)))) {
    const x3 = undefined;
    var s4 = s2.slice().padStart(2, "ab");
    s2 = `:${(-9007199254740991)}a${s2} end`.slice(0, 48);
  } else {
    if ("abc,def".slice(1).startsWith((false ? s2 : "ÅÉü"))) {
      s2 = (s2 + JSON.stringify([[]]).slice(5)).slice(0, 48);
      var o5 = o1;
    }
  }
}
const [n6 = 7, n7 = 9007199254740993] = [].map((p8) => 2);
for (let i9 = 0; i9 < 15; i9++) {
  switch ("".repeat(3)) {
    case "hello":
      let a10 = [9, (-65535), 6, 3, (-100), (o1[10] ?? (-1 / 0))];
      break;
    case "":
      s2 = s2;
      var n11 = ([(-4294967296), 42, 100].filter(p12 => true).length * ((i9 > n6) + (4 % n6)));
  }
  let [n13 = 5] = [(0 / 0), (-1e21)].concat(n6);
}
let s14 = (["back\\slash"].join(" ") + s2).slice(0, 48);
for (let it15 of "null") {
  let caught16 = null;
  try {
    for (var i17 = 0; i17 < 7; i17 += 3) {
      const a18 = Object.entries(o1).map((e19) => e19[1]).map(p20 => [8, 4294967295, 10, 5].indexOf(["Hi there", "a-b-c", 'hello', "ÅÉü", "Hi there"].length));
      s14 = JSON.stringify([[]]).slice(0, 48);
    }
    let [n21, ...a22] = [(-1 / 0), 2.5, n7, (-42), (-256), 16];
    if ((a22.includes(n6) || ((-0.5) !== n7))) throw [(-7)];
  } catch (e23) {
    caught16 = typeof e23?.message === "string" && e23.message.slice(0, 2) === "u:" ? e23.name + "/" + e23.message : (e23?.name ?? e23);
  }
  if (s14.split("|").includes(("ÅÉü"[2] ?? "tab\tend"))) continue;
  o1.z_ += "12".indexOf("a");
}
let n24 = Object.keys(o1).map((p25) => "back\\slash").length;
if ([(-.5)].includes(9)) {
  const adder26 = (k) => (v) => v * k;
  const add27 = adder26((n24--));
}
if ((("😀x"[2] ?? 'true') !== s14.slice((-3)))) {
  for (const it28 of []) {
    if ((s2 < `x=${false}${[]}`)) {
      const n29 = Number((s2.slice(2) + s14));
    }
    if (("zz" + undefined).startsWith(s14)) break;
  }
}
return [o1, s2, n7, s14, (n6 >= n24), (+[(0 / 0), 7, 2, 2.5, 0, 9])];
