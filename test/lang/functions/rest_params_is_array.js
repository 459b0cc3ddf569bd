// expect: [true, 6]
function sum(...nums) { return [Array.isArray(nums), nums.reduce((a, b) => a + b, 0)]; }
return sum(1, 2, 3);
