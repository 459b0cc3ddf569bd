// expect: [1, 5]
const f = async () => 1;
async function g(x) { return (await x) + 4; }
return [await f(), await g(1)];
