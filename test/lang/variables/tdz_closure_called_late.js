// expect: 7
function read() { return v; }
let v = 7;
return read();
