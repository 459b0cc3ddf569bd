// expect: [[5, 0, "x"], [1, 0, 7], [3, null, 9]]
let a = null, b = 0, c = "x";
a ??= 5; b ??= 9; c ??= "y";
let d = 1, e = 0, f = undefined;
d ||= 4; e &&= 6; f ||= 7;
let g = 1, h = null, i = 2;
g &&= 3; h &&= 8; i &&= 9;
return [[a, b, c], [d, e, f], [g, h, i]];
