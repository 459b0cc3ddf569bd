// expect: ["one", "one", "t", true]
const o = { 1: "one" };
o[true] = "t";
return [o[1], o["1"], o["true"], "1" in o];
