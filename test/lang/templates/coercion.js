// expect: ["null", "undefined", "1,2", "[object Object]", "true", "NaN"]
return [`${null}`, `${undefined}`, `${[1, 2]}`, `${{}}`, `${true}`, `${NaN}`];
