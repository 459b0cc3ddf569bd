// expect: ["AbortError","went wrong",20,"AbortError: went wrong",true,"Error","",0]
const e = new DOMException("went wrong", "AbortError");
const d = new DOMException();
return [e.name, e.message, e.code, String(e), e instanceof Error, d.name, d.message, d.code];
