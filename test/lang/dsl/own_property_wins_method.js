// expect: ["own", "mine"]
const o = { string() { return "own"; }, float: () => "mine" };
return [o.string(), o.float()];
