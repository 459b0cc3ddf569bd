// expect: ["",0,0,0]
return [new URLSearchParams().toString(), new URLSearchParams(undefined).size, new URLSearchParams("").size, new URLSearchParams(null).size];
