const w = work({ name: "api users" });

// INFRASTRUCTURE: Discovered by the engine
w.router("POST", "/users");
w.retry(3, "1s");

// LOGIC: Executed by the VM
let data = db().from("users").take(10);

// RESPONSE: Automatic JSON detection if 'return' is used
return data; 
