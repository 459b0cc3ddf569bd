// expect: [[2, 4], [], ["b"]]
return [[1, 2, 3, 4].filter((x) => x % 2 === 0), [1, 2].filter(() => false), ["a", "b"].filter((v, i) => i === 1)];
