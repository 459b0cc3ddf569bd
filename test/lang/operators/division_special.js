// expect: ["Infinity", "-Infinity", "NaN", true, "NaN"]
return [String(1 / 0), String(-1 / 0), String(0 / 0), Object.is(1 / -Infinity, -0), String(5 % 0)];
