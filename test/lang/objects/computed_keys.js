// expect: {"k1":1,"k2":2,"3":"three","ab":true}
const i = 1;
return { ["k" + i]: 1, [`k${i + 1}`]: 2, [1 + 2]: "three", ["a" + "b"]: true };
