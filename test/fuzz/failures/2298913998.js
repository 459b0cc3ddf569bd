// Kitwork fuzz failure, program seed 2298913998
// reason: V8 returned, VM threw
// V8: ok [true,"[]"]
// VM: throw TypeError: TypeError: adder1 is not a function
// replay: node --import tsx test/fuzz/run.ts --replay 2298913998

const adder1 = (k) => (v) => v * k;
const add2 = adder1((+[(-0), 4, (-4), 0.1]));
function f3(p4 = (-1e-7)) {
  if (("  pad  " > "true")) {
    const n5 = ("😀x".length / 7);
    let { x: n6 = 0, b: n7 } = ({ ...({ 10: (-0) }), ...({}) });
  } else {
    const n8 = Math.sign(3);
  }
  return ((false + p4) * "ÅÉü".length);
}
let b9 = ([9007199254740991, 100, (-9007199254740991)].length >= (-0));
if ((('hello' === "tab\tend") || (0 < 2.5))) {
  let caught10 = null;
  try {
    const o11 = ({});
  } catch (e12) {
    caught10 = typeof e12?.message === "string" && e12.message.slice(0, 2) === "u:" ? e12.name + "/" + e12.message : (e12?.name ?? e12);
  }
  const n13 = 7;
} else if ([].includes((b9 + 0o17))) {
  b9 ||= (!"b");
} else {
  if ((("hello" + b9) >= 'Hi there'.slice(3))) {
    const a14 = [16, 31, 255, 6, (-3), 9].slice((-3)).filter((p15) => b9);
    const o16 = ((b9 || b9) ? ({ ...({ z_: (-9007199254740991), 0: 7, y: 0.1, x: 1 }), b: .5 }) : ({ z_: (-0), len: 7, 0: 5, x: 6 }));
  } else {
    var a17 = [0];
    b9 ??= ("line\nbreak" >= "ÅÉü");
  }
  for (let it18 of Object.keys(({ k1: 9 }))) {
    f3((false ? (-0.2) : 256));
    const n19 = (Math.sign((-4294967295)) - Math.trunc(it18.length));
    let caught20 = null;
    try {
      const n21 = Math.min((b9 ? 3 : 9));
      const a22 = [(-2.5)].filter((p23) => (it18 === it18));
    } catch (e24) {
      caught20 = typeof e24?.message === "string" && e24.message.slice(0, 2) === "u:" ? e24.name + "/" + e24.message : (e24?.name ?? e24);
      let b25 = (({ p: ["a"], q: { r: true } }) === undefined);
    }
  }
}
const s26 = JSON.stringify([(0 / 0), 4, (0 / 0), 9007199254740991, 4].filter((p27) => false).filter((p28) => (10 != p28))).slice(0, 48);
if ((!({ ...({ y: (-1.5e300), 2: 3.75 }), a: 1e3 }))) {
  const s29 = JSON.stringify((typeof false === "object")).slice(0, 48);
} else {
  let w30 = 0;
  do {
    w30++;
    const s31 = (typeof ({ ...({}), ...({ k1: 42, z_: (-9007199254740991) }) })).slice((-2), 6);
    const n32 = (((~3) - add2((-1))) ^ 3);
    f3(s31.length);
  } while (w30 < 3);
}
return [b9, s26];
