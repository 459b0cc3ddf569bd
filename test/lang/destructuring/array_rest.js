// expect: [1, [2, 3, 4], []]
const [head, ...tail] = [1, 2, 3, 4];
const [x, ...none] = [9];
return [head, tail, none];
