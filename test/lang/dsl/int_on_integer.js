// expect: [5, -12, 0]
return [(5).int(), (-12).int(), (0).int()];
