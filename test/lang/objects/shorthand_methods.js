// expect: [3, "hi Ann"]
const o = {
  add(a, b) { return a + b; },
  greet(n) { return "hi " + n; },
};
return [o.add(1, 2), o.greet("Ann")];
