#!/usr/bin/env node
// The `kitwork` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { main } from "../dist/cli/main.js";

main(process.argv).then((code) => {
  process.exitCode = code;
});
