// expect: [2, 4, 6]
const o = {
  factor: 2,
  scale(list) { return list.map((x) => x * this.factor); },
};
return o.scale([1, 2, 3]);
