// expect: [[], [2, 3], 1, 2]
function f(first, ...rest) { return rest; }
function g(...all) { return all.length; }
return [f(1), f(1, 2, 3), g(undefined), g(1, 2)];
