// expect: [3, 3]
let i = 0, finals = 0;
while (true) {
  try {
    i++;
    if (i === 3) break;
  } finally {
    finals++;
  }
}
return [i, finals];
