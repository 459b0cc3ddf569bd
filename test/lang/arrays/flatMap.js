// expect: [[1, 1, 2, 2], ["a", "b", "c"], [[1], [2]]]
return [[1, 2].flatMap((x) => [x, x]), ["a b", "c"].flatMap((s) => s.split(" ")), [1, 2].flatMap((x) => [[x]])];
