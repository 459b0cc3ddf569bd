// expect: [16, 4]
let v = 1, steps = 0;
while (v < 10) {
  v *= 2;
  steps++;
}
return [v, steps];
