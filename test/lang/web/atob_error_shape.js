// expect: ["InvalidCharacterError","Invalid character",5,true,true]
try { atob("@@@"); } catch (e) { return [e.name, e.message, e.code, e instanceof Error, e instanceof DOMException]; }
