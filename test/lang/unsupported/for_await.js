// expect error: for await…of is not supported
for await (const x of [1, 2]) {}
return 1;
