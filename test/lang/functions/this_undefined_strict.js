// expect: true
function f() { return this === undefined; }
return f();
