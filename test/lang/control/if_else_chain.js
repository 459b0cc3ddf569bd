// expect: ["neg", "zero", "small", "big"]
function cls(n) {
  if (n < 0) return "neg";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "big";
}
return [cls(-1), cls(0), cls(5), cls(50)];
