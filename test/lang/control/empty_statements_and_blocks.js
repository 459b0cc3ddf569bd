// expect: 3
let x = 1;;
{}
{ { x += 2; } }
for (let i = 0; i < 0; i++);
return x;
