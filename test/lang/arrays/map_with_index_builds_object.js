// expect: {"x":0,"y":1,"z":2}
return Object.fromEntries(["x", "y", "z"].map((k, i) => [k, i]));
