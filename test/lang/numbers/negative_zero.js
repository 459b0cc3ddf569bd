// expect: [true, true, false, "0", true]
const nz = -0;
return [nz === 0, Object.is(nz, -0), Object.is(nz, 0), String(nz), Object.is(0 * -1, -0)];
