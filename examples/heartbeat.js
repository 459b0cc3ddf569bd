// A cron work: fires once per minute across every engine sharing the store.
const w = work("heartbeat");
w.every("1m");

log("heartbeat at", now().iso());
return { at: now() };
