// expect: [["a", "b", "c"], ["a", "b", "c"], ["abc"], [""], ["a", "b"], ["", "a", ""], ["a", "b", "c"]]
return ["a,b,c".split(","), "abc".split(""), "abc".split(), "".split(","), "a,b,c".split(",", 2), ",a,".split(","), "a1b22c".split(/\d+/)];
