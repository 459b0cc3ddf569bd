// expect: [["a1", "a", "1"], ["b2", "b", "2"]]
const ms = [..."a1 b2".matchAll(/([a-z])(\d)/g)];
return ms.map((m) => [...m]);
