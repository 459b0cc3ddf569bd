// expect: [true, 2]
const src = { nested: { v: 1 } };
const copy = Object.assign({}, src);
copy.nested.v = 2;
return [copy.nested === src.nested, src.nested.v];
