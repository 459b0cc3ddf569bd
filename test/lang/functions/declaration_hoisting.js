// expect: 6
return double(3);
function double(n) { return n * 2; }
