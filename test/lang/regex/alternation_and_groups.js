// expect: [["cat", "dog"], "abab", ["ab", "ab"]]
return ["cat dog cow".match(/cat|dog/g), "ababx".match(/(?:ab)+/)[0], "abab".match(/ab/g)];
