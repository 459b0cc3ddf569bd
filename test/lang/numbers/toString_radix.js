// expect: ["ff", "11111111", "377", "z", "-a", "0.1", "255"]
return [(255).toString(16), (255).toString(2), (255).toString(8), (35).toString(36), (-10).toString(16), (0.1).toString(), String(255)];
