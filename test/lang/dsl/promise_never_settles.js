// expect error: the work's promise never settles
// Awaiting a promise that nothing can resolve: the run fails instead of hanging.
await new Promise(() => {});
return "unreachable";
