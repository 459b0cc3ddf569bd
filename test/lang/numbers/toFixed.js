// expect: ["3.14", "3", "1.000", "-1.50", "0.00", "123.46"]
return [(3.14159).toFixed(2), (3.14159).toFixed(0), (1).toFixed(3), (-1.5).toFixed(2), (0).toFixed(2), (123.456).toFixed(2)];
