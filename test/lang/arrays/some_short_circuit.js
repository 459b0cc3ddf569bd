// expect: [2, 1]
let visitedSome = 0, visitedEvery = 0;
[1, 2, 3].some((x) => { visitedSome++; return x === 2; });
[1, 2, 3].every((x) => { visitedEvery++; return x > 5; });
return [visitedSome, visitedEvery];
