// expect: ["123.5", "0.00123", "1.2e+4", "1.00", "1e+2"]
return [(123.456).toPrecision(4), (0.00123).toPrecision(3), (12345).toPrecision(2), (1).toPrecision(3), (100).toPrecision(1)];
