// expect: ["a\"b", "it's", "line1\nline2", "\\", "\t", "A", "é"]
return ["a\"b", 'it\'s', "line1\nline2", "\\", "\t", "\x41", "\u00e9"];
