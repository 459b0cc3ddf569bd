// expect: [[[0, 10, 0], [1, 20, 1], [2, 30, 2]], [[10, 20, 1], [30, 30, 2]]]
const withInit = [];
[10, 20, 30].reduce((acc, v, i) => { withInit.push([acc, v, i]); return acc + 1; }, 0);
const noInit = [];
[10, 20, 30].reduce((acc, v, i) => { noInit.push([acc, v, i]); return acc + v; });
return [withInit, noInit];
