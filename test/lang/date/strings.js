// expect: ["Tue Mar 01 2022 14:35:07 GMT+0530 (India Standard Time)","Tue Mar 01 2022","14:35:07 GMT+0530 (India Standard Time)","Tue, 01 Mar 2022 09:05:07 GMT","Tue, 01 Mar 2022 09:05:07 GMT","2022-03-01T09:05:07.089Z","2022-03-01T09:05:07.089Z",true,[["-000001-01-01T00:00:00.000Z","Fri, 01 Jan -0001 00:00:00 GMT","Fri Jan 01 -0001 05:53:28 GMT+0553 (India Standard Time)"],["+010000-01-01T00:00:00.000Z","Sat, 01 Jan 10000 00:00:00 GMT","Sat Jan 01 10000 05:30:00 GMT+0530 (India Standard Time)"],["1899-12-31T23:59:59.999Z","Sun, 31 Dec 1899 23:59:59 GMT","Mon Jan 01 1900 05:21:09 GMT+0521 (India Standard Time)"],["-000001-01-01T00:00:00.000Z","Fri, 01 Jan -0001 00:00:00 GMT","Fri Jan 01 -0001 05:53:28 GMT+0553 (India Standard Time)"]],"Wed Jun 01 2022 00:00:00 GMT+0530 (India Standard Time)"]
// tz: Asia/Kolkata
// The string forms of a Date.
const d = new Date(Date.UTC(2022, 2, 1, 9, 5, 7, 89));
const far = [new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(10000, 0, 1)), new Date(Date.UTC(0, 0, 1) - 1), new Date(-62198755200000)];
return [
  d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toGMTString(), d.toISOString(), d.toJSON(),
  Date.prototype.toGMTString === Date.prototype.toUTCString,
  far.map((x) => [x.toISOString(), x.toUTCString(), x.toString()]),
  new Date(2022, 5, 1).toString(),
];
