// expect error: Cannot set properties of undefined
function P(v) { this.v = v; }
return P(1);
