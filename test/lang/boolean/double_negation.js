// expect: [true, false, true]
return [!!"x", !!0, !![]];
