// expect error: Cannot access 'v' before initialization
function read() { return v; }
read();
let v = 1;
return v;
