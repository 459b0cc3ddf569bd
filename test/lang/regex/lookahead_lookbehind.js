// expect: ["100", "USD", ["b"], ["a"]]
const s = "100USD";
return [s.match(/\d+(?=USD)/)[0], s.match(/(?<=\d)[A-Z]+/)[0], "ab ac".match(/(?<=a)b/g), "ab ac".match(/a(?=b)/g)];
