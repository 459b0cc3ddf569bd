// expect error: Error: nope
async function f() { await null; throw new Error("nope"); }
await f();
return "unreachable";
