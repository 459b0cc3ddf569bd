// expect: [true, false, true, false, true]
return [1 != 2, 1 != "1", 1 !== "1", null != undefined, null !== undefined];
