// expect: [true, true, false, false, false, false, true]
return [null == undefined, undefined == null, null == 0, null == false, undefined == "", null == "", undefined == undefined];
