// expect: ["5", "5.0", "5"]
const n = 5;
return [n.toString(), n.toFixed(1), 5..toString()];
