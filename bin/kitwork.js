#!/usr/bin/env node
// The `kitwork` command: runs the compiled CLI (dist/, built by `npm run build` and shipped in the package).
// `kitwork start` first becomes a small supervisor (dist/cli/supervisor.js, node builtins
// only) that runs the engine — this same command, marked KITWORK_SUPERVISED — as its child.
const args = process.argv.slice(2);
const supervise = args[0] === "start" && !process.env.KITWORK_SUPERVISED && !args.some((a) => a === "--no-supervise" || a === "-h" || a === "--help");

const run = supervise ? (await import("../dist/cli/supervisor.js")).supervise(process.argv) : (await import("../dist/cli/main.js")).main(process.argv);
run.then((code) => {
  process.exitCode = code;
});
