// expect error: Error: nobody catches this
// A promise rejected with no handler fails the run with its reason once nothing is left to run (Node's default).
Promise.reject(new Error("nobody catches this"));
return "done";
