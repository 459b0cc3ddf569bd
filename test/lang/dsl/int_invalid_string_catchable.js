// expect: [12, true, true]
let last = 0;
try {
  last = "12".int();
  "abc".int();
  return [last, false, false];
} catch (e) {
  return [last, e instanceof TypeError, e.message.includes("abc")];
}
