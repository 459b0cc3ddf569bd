// expect: [[["Tue Mar 01 2022 10:00:00 GMT+0100",1646125200000],["Tue Mar 01 2022 10:00:00 GMT+0100 (Central European Standard Time)",1646125200000],["Tue, 01 Mar 2022 09:00:00 GMT",1646125200000],["2022/03/01",1646089200000],["2022/03/01 10:30",1646127000000],["03/01/2022",1646089200000],["March 1, 2022",1646089200000],["Mar 1 2022",1646089200000],["1 March 2022 10:00 UTC",1646128800000],["March 1, 2022 10:00:00 PM",1646168400000],["Mar 1, 2022 10:00 GMT-0500",1646146800000],["2022-3-1",1646089200000],["2022-03-01 10:00",1646125200000],["Thu, 01 Jan 1970 00:00:00 GMT",0],["December 17, 1995 03:24:00",819167040000],["garbage",null],["",null],["2022-03-01T10:00:00 extra",null]],true,1646126130000,1646126130000,327403378800000]
// tz: Europe/Paris
// The other forms V8 reads: toString's and toUTCString's, slashes, month names.
const inputs = [
  "Tue Mar 01 2022 10:00:00 GMT+0100", "Tue Mar 01 2022 10:00:00 GMT+0100 (Central European Standard Time)",
  "Tue, 01 Mar 2022 09:00:00 GMT", "2022/03/01", "2022/03/01 10:30", "03/01/2022", "March 1, 2022", "Mar 1 2022",
  "1 March 2022 10:00 UTC", "March 1, 2022 10:00:00 PM", "Mar 1, 2022 10:00 GMT-0500", "2022-3-1", "2022-03-01 10:00",
  "Thu, 01 Jan 1970 00:00:00 GMT", "December 17, 1995 03:24:00", "garbage", "", "2022-03-01T10:00:00 extra",
];
const d = new Date(2022, 2, 1, 10, 15, 30);
return [inputs.map((s) => [s, Date.parse(s)]), Date.parse(d.toString()) === d.getTime() - 0, Date.parse(d.toUTCString()), Date.parse(d.toISOString()), Date.parse(12345)];
