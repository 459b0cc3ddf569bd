// expect: [true, false, true, false, true]
return [Object.is(NaN, NaN), Object.is(0, -0), Object.is("a", "a"), Object.is({}, {}), Object.is(null, null)];
