// expect error: Cannot create property
const s = "abc";
s.foo = 1;
return s;
