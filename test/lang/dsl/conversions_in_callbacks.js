// expect: [[1, 2, 3], 6]
const nums = ["1", "2", "3"].map((s) => s.int());
return [nums, nums.reduce((a, b) => a + b, 0)];
