// expect: [[1, 2], [3, 3], [3, 2], {"n":2,"arr":[1,6]}]
const o = { n: 1, arr: [0, 5] };
const a = [o.n++, o.n];
const b = [++o["n"], o.n];
const c = [o.n--, o.n];
o.arr[0]++;
++o.arr[1];
return [a, b, c, o];
