// expect: ["val", "dyn"]
const key = "k";
const { [key]: v, ["d" + "y"]: w } = { k: "val", dy: "dyn" };
return [v, w];
