// Kitwork fuzz failure, program seed 3436417415
// reason: V8 returned, VM threw
// V8: ok [-5,false,0,{"y":-5,"b":2.5,"x":0.1,"a":1},"{\"y\":7,\"c\":2.5}"]
// VM: throw TypeError: TypeError: Array.prototype method called on a non-array
// replay: node --import tsx test/fuzz/run.ts --replay 3436417415

const n1 = (((1 >= 0) ? Math.trunc((-0)) : (255 % (0 / 0))) - 'hello'.length);
let b2 = (n1 <= false);
b2 &&= (!JSON.stringify([({})]));
switch (Math.min(0xff)) {
  case 0: {
    for (let i3 = 0; i3 < 4; i3 += 3) {
      let o4 = ({ "2": (0 / 0), c: 2, ["n" + 2]: 3 });
      let [n5 = (-16), n6 = (1 / 0), ...a7] = [].concat([7, 8, 10, (-2), 1e3, (-4)]);
    }
    break;
  }
  case 1:
    const [s8] = [(-256), 9, 5, (0 / 0), 65535].map((x9) => `${x9}`);
    const f10 = (p11 = "null", p12 = 8, p13) => (typeof "b").length;
    break;
  case (-0): {
    if (true) {
      if ((1 == n1)) {
        let sa14 = ["a-b-c", "1e3", "0", "Hi there", "back\\slash"].filter((p15) => false);
        const n16 = (~(typeof sa14).indexOf('single'.toLowerCase()));
        sa14 = sa14;
      }
    } else if (Array.isArray(({ 10: 9 }))) {
      if ((true && false)) {
        const b17 = [].includes(n1);
      }
      const [n18, n19 = 5e-324, n20] = [3, ...[7], ...[(-32)]];
    } else {
      for (const [k22, v23] of Object.entries((b2 ? ({ z_: (-1 / 0), "len": 6 }) : ({ len: 3, 2: 7 })))) {
        let x24 = undefined;
        const s25 = k22.toUpperCase();
      }
    }
  }
  default:
    const s26 = "-7";
    const b27 = (1 == null);
  case (0 / 0):
    break;
}
let n28 = [...[(-9007199254740993), (0 / 0), 7], ...(b2 ? [0.5, (-32), 6, 9] : [])].indexOf((+['ÅÉü']));
for (const it29 of Object.keys(({ ...({ len: (-65535), b: 0.1, x: (1 / 0), c: 8 }), ...({}) }))) {
  n28 ^= "Hi there".indexOf(it29);
  const a30 = [1, (-0), 2, 8, (-1 / 0), 256].filter(p31 => false);
  const s32 = ("1e3" + n28).slice(0, 48);
}
b2 ||= ((!"3.5") > (false === undefined));
const o33 = ({ y: n1, "b": 2.5, x: 0.1, "a": (7 ** 0) });
if ((typeof false === "number")) {
  let o34 = ({ len: n28, "z_": n1, k1: n1 });
  let s35 = "0".trim();
  var sa36 = "b".toUpperCase().split("").filter(p37 => ("a".indexOf(p37) > ((-1_000) - 0)));
} else {
  ++n28;
}
return [n1, b2, n28, o33, JSON.stringify(({ y: 7, c: 2.5 }))];
