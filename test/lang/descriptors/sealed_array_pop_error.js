// expect error: Cannot delete property '1' of [object Array]
const a = Object.seal([1, 2]);
a[0] = 9;
a.pop();
