// expect: ["undefined", 2, "undefined", "hi"]
const o = { f() { return 2; }, g: null, h: () => "hi" };
return [String(o.nope?.()), o.f?.(), String(o.g?.()), o.h?.()];
