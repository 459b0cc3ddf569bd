#!/usr/bin/env node
// The `kitwork` command: runs the compiled CLI (dist/, built by `npm run build` and shipped in the package).
// `kitwork start` first becomes a small supervisor (dist/cli/supervisor.js, node builtins
// only) that runs the engine — this same command, marked KITWORK_SUPERVISED — as its child.
import { setFlagsFromString } from "node:v8";

// Off: V8's allocation-site pretenuring. Once a load burst makes the objects of a request
// (its context, headers, record) look long-lived, V8 starts allocating them in the old
// generation, where they die young anyway: every scavenge then pays for their pointers into
// the young generation and mark-compacts run far more often. Measured serving HTTP: 2.3 MB
// promoted per scavenge and ~20 µs more CPU per request with it on, nothing promoted with it
// off (docs/benchmarks.md, "Run records on the request path"). Set before anything is allocated.
setFlagsFromString("--no-allocation-site-pretenuring");

const args = process.argv.slice(2);
const supervise = args[0] === "start" && !process.env.KITWORK_SUPERVISED && !args.some((a) => a === "--no-supervise" || a === "-h" || a === "--help");

const run = supervise ? (await import("../dist/cli/supervisor.js")).supervise(process.argv) : (await import("../dist/cli/main.js")).main(process.argv);
run.then((code) => {
  process.exitCode = code;
});
