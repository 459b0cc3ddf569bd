// expect: [true, false, true, false, true, true, false, true]
const s = "kitwork.js";
return [s.includes("work"), s.includes("Work"), s.startsWith("kit"), s.startsWith("work"), s.startsWith("work", 3), s.endsWith(".js"), s.endsWith("kit"), s.endsWith("kit", 3)];
