// expect: 6
let i = 0, count = 0;
loop: while (i < 4) {
  i++;
  let j = 0;
  while (j < 3) {
    j++;
    if (j === 3) continue loop;
    if (i === 4) break loop;
    count++;
  }
}
return count;
