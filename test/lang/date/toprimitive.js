// expect: [1646089200000,86400000,1646089200000,1646089200000,true,false,true,true,false,"Tue Mar 01 2022 00:00:00 GMT+0100 (Central European Standard Time)","Tue Mar 01 2022 00:00:00 GMT+0100 (Central European Standard Time)1","Tue Mar 01 2022 00:00:00 GMT+0100 (Central European Standard Time)","Tue Mar 01 2022 00:00:00 GMT+0100 (Central European Standard Time)",true,42,"custom","custom1","custom",true,true,true]
// tz: Europe/Paris
// Arithmetic uses the time value; + and template literals use the string (hint "default" is "string").
const a = new Date(2022, 2, 1);
const b = new Date(2022, 2, 2);
const custom = new Date(0);
custom.valueOf = () => 42;
custom.toString = () => "custom";
return [
  +a, b - a, a * 1, Number(a), a < b, a > b, a <= new Date(a.getTime()), a == a.toString(), a === new Date(a),
  "" + a, a + 1, `${a}`, [a].join(), String(a) === a.toString(), +custom, "" + custom, custom + 1, `${custom}`,
  Math.max(a, b) === b.getTime(), JSON.stringify(a) === JSON.stringify(a.toISOString()), [b, a].sort((x, y) => x - y)[0] === a,
];
