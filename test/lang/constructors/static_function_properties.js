// expect: [3, "util"]
function Util() {}
Util.count = 3;
Util.kind = function () { return "util"; };
return [Util.count, Util.kind()];
