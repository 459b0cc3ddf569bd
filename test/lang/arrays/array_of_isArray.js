// expect: [[7], [1, 2, 3], true, false, false, false]
return [Array.of(7), Array.of(1, 2, 3), Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray("ab"), Array.isArray(null)];
