// expect: [2, -1]
function find(arr, v) {
  for (let i = 0; i < arr.length; i++) {
    if (arr[i] === v) return i;
  }
  return -1;
}
return [find([5, 6, 7], 7), find([], 1)];
