// expect: [7, 123]
return ["7".int(0), "123.45".float().int(0)];
