// expect: [["1", "2"], ["a", "_", "Z"], [" ", "\t"], true]
return ["a1b2".match(/\d/g), "a_Z!".match(/\w/g), "a b\tc".match(/\s/g), /\bword\b/.test("a word here")];
