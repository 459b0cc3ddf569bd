// expect: ["null","https://a.test","a@b.test"]
return [new URL("data:text/plain,hi").origin, new URL("blob:https://a.test/x").origin, new URL("mailto:a@b.test").pathname];
