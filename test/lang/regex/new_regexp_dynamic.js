// expect: ["x-y-z", true]
const sep = ",";
const re = new RegExp(sep + "\\s*", "g");
return ["x, y,z".replace(re, "-"), re instanceof RegExp];
