// expect: [5, 1.5]
return [(5).float(), (1.5).float()];
