// expect: [[0, 4], ["x", "y"]]
const ms = [..."x=1;y=2".matchAll(/(\w)=\d/g)];
return [ms.map((m) => m.index), ms.map((m) => m[1])];
