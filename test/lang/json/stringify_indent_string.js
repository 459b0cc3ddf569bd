// expect: "[\n\t1,\n\t[]\n]"
return JSON.stringify([1, []], null, "\t");
