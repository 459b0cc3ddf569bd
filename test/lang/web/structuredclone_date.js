// expect: [true, 1646125200000, false, 5, 1646125200000, true, null, false]
// A Date is cloned as a new Date with the same time value (own properties are not copied).
const d = new Date(1646125200000);
d.note = "not copied";
const c = structuredClone(d);
c.setTime(5);
const invalid = structuredClone(new Date(NaN));
return [c instanceof Date, d.getTime(), c === d, c.getTime(), structuredClone({ at: d }).at.getTime(), isNaN(invalid), invalid.toJSON(), "note" in c];
