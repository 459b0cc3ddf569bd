// expect: [[3, 2, 1], [1, 2, 3]]
const a = [1, 2, 3];
const rev = a.slice().reverse();
return [rev, a];
