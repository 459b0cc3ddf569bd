// expect: "[null,null,null,0]"
return JSON.stringify([NaN, Infinity, -Infinity, -0]);
