// expect: {"x":1,"y":2}
const x = 1, y = 2;
return { x, y };
