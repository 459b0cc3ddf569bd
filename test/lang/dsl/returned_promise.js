// expect: "later"
// A top level returning a promise (without awaiting it) gives what the promise settles with.
return Promise.resolve().then(() => "later");
