// expect: [false, true, true, false, true, false]
return [!1, !0, !null, !"a", !NaN, !{}];
