// expect: [{"h":"12","m":"34"}, "12"]
const m = /(?<h>\d\d):(?<m>\d\d)/.exec("at 12:34");
return [{ ...m.groups }, m.groups.h];
