// expect: [1,"s",null,true,true]
return [structuredClone(1), structuredClone("s"), structuredClone(null), structuredClone(true), structuredClone(undefined) === undefined];
