// expect: "sum=6 max=3 cond=yes call=AB"
const arr = [1, 2, 3];
const up = (s) => s.toUpperCase();
return `sum=${arr.reduce((a, b) => a + b, 0)} max=${Math.max(...arr)} cond=${arr.length > 2 ? "yes" : "no"} call=${up("a") + up("b")}`;
