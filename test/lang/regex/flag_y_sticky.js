// expect: [true, 3, false, 0]
const re = /foo/y;
re.lastIndex = 0;
const a = re.test("foofoo-");
const idx = re.lastIndex;
re.lastIndex = 4;
const b = re.test("foofoo-");
return [a, idx, b, re.lastIndex];
