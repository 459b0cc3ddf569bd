// expect: ["DataCloneError",25,true]
try { structuredClone(Math.max); } catch (e) { return [e.name, e.code, e instanceof Error]; }
