// expect error: not supported
var o = { a: 1 };
with (o) {
  a;
}
return 1;
