// expect: 10
let sum = 0;
for (const v of [1, 2, 3, 4]) sum += v;
return sum;
