// expect error: abc
const values = ["1", "2", "abc"];
return values.map((v) => v.int());
