// expect: [true, true]
function f() {}
function g() { return; }
return [f() === undefined, g() === undefined];
