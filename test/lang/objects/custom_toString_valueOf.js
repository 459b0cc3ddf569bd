// expect: ["custom", 42, "v=42"]
const a = { toString() { return "custom"; } };
const b = { valueOf() { return 41; } };
const c = { valueOf() { return 42; }, toString() { return "s"; } };
return [String(a), b + 1, "v=" + (c + 0)];
