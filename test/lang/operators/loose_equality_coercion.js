// expect: [true, true, true, true, true, false, true, true]
return [1 == "1", 0 == "", 0 == "0", true == 1, false == "0", "" == "0", "1" == [1], "a,b" == ["a", "b"]];
