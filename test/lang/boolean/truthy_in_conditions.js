// expect: ["a", "b", "c"]
const out = [];
if ("a") out.push("a");
if (0) out.push("zero");
if ([]) out.push("b");
if (null) out.push("null");
if ({}) out.push("c");
return out;
