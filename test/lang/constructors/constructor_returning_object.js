// expect: [{"custom":true}, {"v":1}]
function A() { this.v = 0; return { custom: true }; }
function B() { this.v = 1; return 42; }
return [new A(), new B()];
