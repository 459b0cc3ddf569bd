// expect: [["default", "two"], ["one", "default", "two"], ["two"]]
function f(x) {
  const out = [];
  switch (x) {
    case 1: out.push("one");
    default: out.push("default");
    case 2: out.push("two");
  }
  return out;
}
return [f(9), f(1), f(2)];
