// expect: [["a"], ["a", "b"], ["c", "d"]]
function run(expr) {
  const log = [];
  const t = (n) => { log.push(n); return true; };
  const f = (n) => { log.push(n); return false; };
  expr(t, f);
  return log;
}
return [
  run((t, f) => t("a") || t("b")),
  run((t, f) => t("a") && f("b") && t("x")),
  run((t, f) => f("c") || f("d")),
];
