// expect: [[1,"x","y",4],[1,2,3,4],[1,2],[0,1,2,3,4],[null,2],[3,4]]
const a = [1, 2, 3, 4];
const holes = [, 2];
return [a.toSpliced(1, 2, "x", "y"), a, a.toSpliced(-2), a.toSpliced(0, 0, 0), holes.toSpliced(0, 0).map((v) => v === undefined ? null : v), a.toSpliced(0, 2)];
