// expect: [2, 4, 6]
// An async arrow returns a promise; Promise.all waits for each.
const double = async (x) => x * 2;
return await Promise.all([1, 2, 3].map(double));
