// expect: [3, 3]
let i = 0;
let n = 0;
for (;;) {
  if (i >= 3) break;
  i++;
  n++;
}
return [i, n];
