// expect: [["a", "b", "c"], ["b", "c"], ["c"], []]
function f(x) {
  const out = [];
  switch (x) {
    case 1: out.push("a");
    case 2: out.push("b");
    case 3: out.push("c"); break;
    case 4: out.push("d");
  }
  return out;
}
return [f(1), f(2), f(3), f(9)];
