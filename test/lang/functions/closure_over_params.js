// expect: [7, 12]
const adder = (n) => (m) => n + m;
const add5 = adder(5);
return [add5(2), adder(10)(2)];
