// expect: [[2022,0,14,5,23,5,9,123,480,122],[2022,6,15,5,0,5,9,123,420,122],[2022,2,13,0,1,59,59,0,480,122],[2022,2,13,0,3,0,0,0,420,122],[1899,11,31,0,16,0,0,0,480,-1],[1969,11,31,3,15,59,59,999,480,69],[null,null,null,null,null,null,null,null,null,null],3,420]
// tz: America/Los_Angeles
// Local-time getters follow the zone, daylight saving time included.
const read = (d) => [d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear()];
return [
  read(new Date(Date.UTC(2022, 0, 15, 7, 5, 9, 123))),
  read(new Date(Date.UTC(2022, 6, 15, 7, 5, 9, 123))),
  read(new Date(Date.UTC(2022, 2, 13, 9, 59, 59))),
  read(new Date(Date.UTC(2022, 2, 13, 10, 0, 0))),
  read(new Date(Date.UTC(1900, 0, 1))),
  read(new Date(-1)),
  read(new Date(NaN)),
  new Date(2022, 2, 13, 2, 30).getHours(),
  new Date(2022, 10, 6, 1, 30).getTimezoneOffset(),
];
