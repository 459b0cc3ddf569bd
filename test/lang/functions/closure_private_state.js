// expect: [1, 2, 11, 3]
function counter(start) {
  let c = start;
  return () => ++c;
}
const a = counter(0);
const b = counter(10);
return [a(), a(), b(), a()];
