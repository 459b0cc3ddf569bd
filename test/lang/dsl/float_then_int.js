// expect: [123, 123.45]
return ["123.45".float().int(), "123.45".float()];
