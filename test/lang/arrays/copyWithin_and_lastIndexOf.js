// expect: [[4, 5, 3, 4, 5], 3]
return [[1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 1].lastIndexOf(1)];
