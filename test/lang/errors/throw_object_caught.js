// expect: {"code":1,"why":"custom"}
try {
  throw { code: 1, why: "custom" };
} catch (e) {
  return e;
}
