// expect: ["{}", "{}", "[[\"a\",1]]"]
const m = new Map([["a", 1]]);
return [JSON.stringify(m), JSON.stringify(new Set([1])), JSON.stringify([...m])];
