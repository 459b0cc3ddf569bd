// expect: ["aGVsbG8=","hello","","","//4=","ÿþ","MTI=","hello"]
return [btoa("hello"), atob("aGVsbG8="), btoa(""), atob(""), btoa("\u00ff\u00fe"), atob("//4="), btoa(12), atob(" aGV s\nbG8 ")];
