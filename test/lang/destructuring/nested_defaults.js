// expect: [0, 0, "fallback"]
const { pos: { x = 0, y = 0 } = {}, label = "fallback" } = {};
return [x, y, label];
