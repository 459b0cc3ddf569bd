// expect: [1646125200250,1646125200250,"2022-03-01T09:00:00.250Z",4,"string","Tue Mar 01 2022 04:00:00 GMT-0500 (Eastern Standard Time)",true,true]
// clock: 2022-03-01T09:00:00.250Z
// tz: America/New_York
// Date.now(), new Date() and Date() read the run's clock.
const d = new Date();
return [Date.now(), d.getTime(), d.toISOString(), d.getHours(), typeof Date(), Date(), Date(1, 2, 3) === Date(), new Date().getTime() === Date.now()];
