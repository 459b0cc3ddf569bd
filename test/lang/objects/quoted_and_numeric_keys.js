// expect: [1, 2, 3, {"1":3,"a-b":1,"c d":2}]
const o = { "a-b": 1, "c d": 2, 1: 3 };
return [o["a-b"], o["c d"], o[1], o];
