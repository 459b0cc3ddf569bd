// expect: ["num", "str", "obj", "nan", 4]
const m = new Map();
const k = {};
m.set(1, "num").set("1", "str").set(k, "obj").set(NaN, "nan");
return [m.get(1), m.get("1"), m.get(k), m.get(NaN), m.size];
