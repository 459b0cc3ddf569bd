// expect: "[[1,[2,[3]]],{\"k\":[[]]}]"
return JSON.stringify([[1, [2, [3]]], { k: [[]] }]);
