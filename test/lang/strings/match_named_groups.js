// expect: ["ann", "example.com"]
const m = "ann@example.com".match(/(?<user>\w+)@(?<host>[\w.]+)/);
return [m.groups.user, m.groups.host];
