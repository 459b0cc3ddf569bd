// expect: [3, -1, 0]
return ["abc1".search(/\d/), "abc".search(/\d/), "Abc".search(/a/i)];
