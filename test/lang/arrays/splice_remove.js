// expect: [[2, 3], [1, 4]]
const a = [1, 2, 3, 4];
const removed = a.splice(1, 2);
return [removed, a];
