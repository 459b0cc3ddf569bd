// expect: [0, 1, 0, true, true]
return [Math.sin(0), Math.cos(0), Math.atan2(0, 1), Math.abs(Math.sin(Math.PI / 2) - 1) < 1e-12, Math.abs(Math.atan(1) * 4 - Math.PI) < 1e-12];
