// expect: [4,"async arrow",true,"method 3","rejected: Error: inside",[0,2,4],6]
async function twice(x) { await null; return x * 2; }
const arrow = async () => "async arrow";
const obj = { n: 3, async m() { await twice(1); return "method " + this.n; } };
class K { async run() { throw new Error("inside"); } }
async function loop() { const out = []; for (let i = 0; i < 3; i++) out.push(await twice(i)); return out; }
let rej;
try { await new K().run(); } catch (e) { rej = "rejected: " + String(e); }
const p = twice(2);
const sum = (await Promise.all([1, 2, 3].map(async (x) => x))).reduce((a, b) => a + b, 0);
return [await p, await arrow(), p instanceof Promise, await obj.m(), rej, await loop(), sum];
