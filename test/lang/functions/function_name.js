// expect: ["named", "anon", "arrow", "m"]
function named() {}
const anon = function () {};
const arrow = () => {};
const o = { m() {} };
return [named.name, anon.name, arrow.name, o.m.name];
