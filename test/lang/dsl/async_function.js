// expect: [1, 5]
// async functions are accepted: I/O already looks synchronous, so async/await change nothing.
const f = async () => 1;
async function g(x) { return (await x) + 4; }
return [await f(), await g(1)];
