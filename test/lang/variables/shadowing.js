// expect: ["inner", "middle", "outer"]
const name = "outer";
function f() {
  const name = "middle";
  const g = () => {
    const name = "inner";
    return name;
  };
  return [g(), name];
}
return [...f(), name];
