// expect: [true,"TypeError","Invalid URL"]
try { new URL("http://"); return "no error"; } catch (e) { return [e instanceof TypeError, e.name, e.message]; }
