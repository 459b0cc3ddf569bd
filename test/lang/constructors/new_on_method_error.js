// expect error: is not a constructor
const o = { m() {} };
return new o.m();
