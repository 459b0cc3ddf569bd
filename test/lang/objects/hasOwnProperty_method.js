// expect: [true, false]
const o = { k: 1 };
return [o.hasOwnProperty("k"), o.hasOwnProperty("z")];
