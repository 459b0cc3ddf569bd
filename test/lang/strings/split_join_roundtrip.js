// expect: ["c-b-a", ["a", "b", "c"]]
const s = "a-b-c";
return [s.split("-").reverse().join("-"), s.split("-")];
