// expect: [["length","name","prototype"],{"value":1,"writable":true,"enumerable":false,"configurable":false},{"value":"b","writable":false,"enumerable":true,"configurable":false},["0","1","length"],{"value":2,"writable":false,"enumerable":false,"configurable":true}]
function f(a, b) {}
return [Object.getOwnPropertyNames(f), Object.getOwnPropertyDescriptor([7], "length"), Object.getOwnPropertyDescriptor("ab", 1),
  Object.getOwnPropertyNames("ab"), Object.getOwnPropertyDescriptor(f, "length")];
