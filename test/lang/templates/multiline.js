// expect: "a\nb\n  c"
return `a
b
  c`;
