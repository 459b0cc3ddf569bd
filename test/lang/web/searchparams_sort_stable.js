// expect: [["a","2"],["a","1"],["b","x"],["z","1"],["z","0"]]
const p = new URLSearchParams("z=1&a=2&z=0&a=1&b=x");
p.sort();
return [...p];
