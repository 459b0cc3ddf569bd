// expect: ["neg", "zero", "pos"]
function sign(n) {
  if (n < 0) return "neg";
  if (n === 0) return "zero";
  return "pos";
}
return [sign(-3), sign(0), sign(9)];
