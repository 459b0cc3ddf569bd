// expect: [2, 2]
var x = 1;
if (true) {
  var x = 2;
}
function f() {
  if (true) { var y = 2; }
  return y;
}
return [x, f()];
