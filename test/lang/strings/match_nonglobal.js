// expect: [["2024-05", "2024", "05"], 3, "null"]
const m = "on 2024-05".match(/(\d+)-(\d+)/);
return [[...m], m.index, String("abc".match(/\d/))];
