// expect error: is not a constructor
function* g() { yield 1; }
return new g();
