// expect: [[0,1646125200000,1646125200000,1646125200000,1646089200000,946594800000,1681084922001,86400000,1,0,1,-1,0,8640000000000000,-8640000000000000],[null,null,null,null,null,null],true]
// tz: Europe/Paris
// A Date from a time value, a string, another Date, or local calendar fields.
const forms = [
  new Date(0),
  new Date(1646125200000),
  new Date("2022-03-01T10:00:00+01:00"),
  new Date(2022, 2, 1, 10, 0, 0, 0),
  new Date(2022, 2),
  new Date(99, 11, 31),
  new Date(2022, 14, 40, 25, 61, 61, 1001),
  new Date(new Date(86400000)),
  new Date(true),
  new Date(null),
  new Date(1.9),
  new Date(-1.9),
  new Date(-0),
  new Date(8.64e15),
  new Date(-8.64e15),
];
const invalid = [new Date(undefined), new Date(""), new Date(8.64e15 + 1), new Date(NaN), new Date(2022, NaN), new Date({})];
return [forms.map((d) => d.getTime()), invalid.map((d) => d.getTime()), Object.is(new Date(-0).getTime(), 0)];
