// expect: [3, 3, 0]
return [(3.7).int(), (3.2).int(), (0.9).int()];
