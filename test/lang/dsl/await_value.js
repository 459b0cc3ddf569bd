// expect: 5
return await 5;
