// expect: ["zero", 1]
const m = new Map();
m.set(-0, "zero");
return [m.get(0), m.size];
