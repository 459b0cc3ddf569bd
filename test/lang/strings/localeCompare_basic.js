// expect: [-1, 1, 0, true]
return ["a".localeCompare("b"), "b".localeCompare("a"), "a".localeCompare("a"), ["c", "a", "b"].sort((x, y) => x.localeCompare(y)).join("") === "abc"];
