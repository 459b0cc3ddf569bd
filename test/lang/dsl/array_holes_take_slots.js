// expect error: array length limit exceeded
// Holes are kept in the array's dense element list: assigning far past the end makes
// every slot up to the index, so past the array-length limit it is refused (V8 would
// switch to a sparse array).
const a = [];
a[50000000] = 1;
return a.length;
