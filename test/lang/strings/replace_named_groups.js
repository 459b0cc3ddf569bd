// expect: ["2024/01/31", "31.01.2024"]
const s = "2024-01-31";
return [s.replace(/-/g, "/"), s.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>.$<m>.$<y>")];
