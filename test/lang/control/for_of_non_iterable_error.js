// expect error: is not iterable
const o = { a: 1 };
for (const v of o) {}
return 0;
