// expect: [1, 2, 0, "NaN", "[object Object]", ""]
return [true + 0, true + true, null + 0, String(undefined + 1), String({}) , [] + []];
