// expect: ["2022-03-01T00:00:00.000Z",true,true,"day",["kind"],"\"2022-03-01T00:00:00.000Z\"","[object Date]"]
// A class extending Date.
class Day extends Date {
  constructor(iso) { super(iso); this.kind = "day"; }
  next() { const d = new Day(this.toISOString()); d.setUTCDate(d.getUTCDate() + 1); return d; }
}
const d = new Day("2022-02-28T00:00:00Z");
const n = d.next();
return [n.toISOString(), n instanceof Day, n instanceof Date, n.kind, Object.keys(n), JSON.stringify(n), Object.prototype.toString.call(n)];
