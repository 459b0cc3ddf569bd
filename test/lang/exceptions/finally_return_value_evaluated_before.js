// expect: [1, 2]
let x = 1;
function f() {
  try {
    return x;
  } finally {
    x = 2;
  }
}
return [f(), x];
