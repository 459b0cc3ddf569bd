// expect: ["{\"d\":\"2022-03-01T00:00:00.000Z\",\"list\":[\"2022-03-01T00:00:00.000Z\",null]}","\"2022-03-01T00:00:00.000Z\"","custom",null,1646092800000,"{\"at\":\"2022-03-01T00:00:00.000Z\"}"]
// JSON.stringify calls toJSON; toJSON works on any object with a toISOString.
const d = new Date(Date.UTC(2022, 2, 1));
const withToISO = { toISOString() { return "custom"; } };
const nanLike = { valueOf() { return NaN; }, toISOString() { return "never"; } };
const revived = JSON.parse('{"at":"2022-03-01T00:00:00.000Z"}', (k, v) => (k === "at" ? new Date(v) : v));
return [
  JSON.stringify({ d, list: [d, new Date(NaN)] }), JSON.stringify(d, null, 2), Date.prototype.toJSON.call(withToISO),
  Date.prototype.toJSON.call(nanLike), revived.at.getTime(), JSON.stringify(revived),
];
