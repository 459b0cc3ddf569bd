// expect: [42, 0, 0, 1, "NaN", 255, 3, "NaN", 0, 10]
return [Number("42"), Number(""), Number(null), Number(true), String(Number(undefined)), Number("0xff"), Number(" 3 "), String(Number("3px")), Number([]), Number([10])];
