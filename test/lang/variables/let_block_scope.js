// expect: [2, 1]
let x = 1;
let inner;
{
  let x = 2;
  inner = x;
}
return [inner, x];
