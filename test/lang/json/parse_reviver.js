// expect: {"a":2,"b":{"c":4}}
return JSON.parse('{"a":1,"b":{"c":2}}', (k, v) => (typeof v === "number" ? v * 2 : v));
