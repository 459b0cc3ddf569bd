// expect: [[[1646305200000,2022,2,3,12,0,0,0],[1646046000000,2022,1,28,12,0,0,0],[1646391600000,2022,2,4,12,0,0,0],[1672570800000,2023,0,1,12,0,0,0],[1672621322001,2023,0,2,2,2,2,1],[1672621142001,2023,0,2,1,59,2,1],[1672621230005,2023,0,2,2,0,30,5],[1672621229999,2023,0,2,2,0,29,999],[1709168429999,2024,1,29,2,0,29,999],[1677632429999,2023,2,1,2,0,29,999],[1677628949999,2023,2,1,1,2,29,999],[920246549999,1999,2,1,1,2,29,999],[983404949999,2001,2,1,1,2,29,999]],[3,30,"2022-03-27T01:30:00.000Z"],"2022-10-30T00:30:00.000Z",null,1654034400000,null,null,null]
// tz: Europe/Paris
// Local setters: overflow rolls over, omitted arguments keep the date's own, a gap moves forward.
const d = new Date(2022, 0, 31, 12, 0, 0, 0);
const out = [];
const step = (f) => out.push([f(d), d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()]);
step(() => d.setMonth(1));
step(() => d.setDate(0));
step(() => d.setDate(32));
step(() => d.setMonth(12, 1));
step(() => d.setHours(25, 61, 61, 1001));
step(() => d.setMinutes(-1));
step(() => d.setSeconds(90, 5));
step(() => d.setMilliseconds(-1));
step(() => d.setFullYear(2024, 1, 29));
step(() => d.setFullYear(2023));
step(() => d.setHours(1.9, 2.1));
step(() => d.setYear(99));
step(() => d.setYear(2001));
const gap = new Date(2022, 2, 27, 1, 30);
gap.setHours(2, 30);
const overlap = new Date(2022, 9, 30, 0, 0);
overlap.setHours(2, 30);
const nan = new Date(NaN);
const afterHours = nan.setHours(1);
const afterYear = nan.setFullYear(2022, 5, 1);
return [out, [gap.getHours(), gap.getMinutes(), gap.toISOString()], overlap.toISOString(), afterHours, afterYear, new Date(0).setHours(), new Date(0).setDate(NaN), new Date(0).setHours(1, undefined)];
