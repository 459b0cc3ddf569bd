// expect: [["a", "-", "b", "+", "c"], ["x", "y"]]
return ["a-b+c".split(/([-+])/), "x  y".split(/\s+/)];
