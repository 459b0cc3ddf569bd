// expect: [2.5, "number", -0.25, 10]
const f = "2.5".float();
return [f, typeof f, "-0.25".float(), "10".float()];
