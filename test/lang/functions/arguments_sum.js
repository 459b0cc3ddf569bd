// expect: [10, 0]
function sum() {
  let t = 0;
  for (let i = 0; i < arguments.length; i++) t += arguments[i];
  return t;
}
return [sum(1, 2, 3, 4), sum()];
