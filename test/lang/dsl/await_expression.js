// expect: [10, "ab"]
const x = await (2 + 3);
const s = await ("a" + "b");
return [x * 2, s];
