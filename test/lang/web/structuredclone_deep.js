// expect: [{"n":1,"s":"x","b":true,"z":null,"arr":[1,[2,3]],"nested":{"deep":{"deeper":[4]}}},{"n":1,"s":"x","b":true,"z":null,"arr":[1,[2,3,99]],"nested":{"deep":{"deeper":[5]}}},true,true]
const src = { n: 1, s: "x", b: true, z: null, u: undefined, arr: [1, [2, 3]], nested: { deep: { deeper: [4] } } };
const c = structuredClone(src);
c.arr[1].push(99);
c.nested.deep.deeper[0] = 5;
return [src, c, c !== src, c.nested !== src.nested];
