// expect: "inner"
function outer() {
  return inner();
  function inner() { return "inner"; }
}
return outer();
