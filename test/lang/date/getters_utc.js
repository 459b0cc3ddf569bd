// expect: [[1970,0,1,4,0,0,0,0,0,0],[1969,11,31,3,23,59,59,999,-1,-1],[2000,1,29,2,0,0,0,0,951782400000,951782400000],[275760,8,13,6,0,0,0,0,8640000000000000,8640000000000000],[-271821,3,20,2,0,0,0,0,-8640000000000000,-8640000000000000],[null,null,null,null,null,null,null,null,null,null]]
// UTC getters, valueOf and getTime, for dates before and after the epoch.
const read = (d) => [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(), d.valueOf()];
return [read(new Date(0)), read(new Date(-1)), read(new Date(951782400000)), read(new Date(8.64e15)), read(new Date(-8.64e15)), read(new Date(NaN))];
