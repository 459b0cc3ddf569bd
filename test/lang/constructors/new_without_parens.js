// expect: {"made":true}
function M() { this.made = true; }
return new M;
