// expect: [false, false, false, false, false, false, true, true, true, true, true]
return [Boolean(0), Boolean(""), Boolean(null), Boolean(undefined), Boolean(NaN), Boolean(-0), Boolean("0"), Boolean("false"), Boolean([]), Boolean({}), Boolean(-1)];
