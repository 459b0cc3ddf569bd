// expect: [true, false, false, false, true, false, true]
const o = {};
return [1 === 1, 1 === "1", NaN === NaN, {} === {}, o === o, null === undefined, 0 === -0];
