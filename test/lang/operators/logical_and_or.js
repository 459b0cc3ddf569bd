// expect: [2, 0, 1, "b", null, "", true, false]
return [1 && 2, 0 && 2, 1 || 2, "" || "b", null && 1, "" && 1, !0, !!""];
