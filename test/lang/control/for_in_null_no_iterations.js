// expect: 0
let n = 0;
for (const k in null) n++;
for (const k in undefined) n++;
return n;
