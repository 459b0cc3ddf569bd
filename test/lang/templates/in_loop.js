// expect: ["item-0", "item-1", "item-2"]
const out = [];
for (let i = 0; i < 3; i++) out.push(`item-${i}`);
return out;
