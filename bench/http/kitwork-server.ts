// Server (b) of `npm run bench:http`: the real Kitwork stack — Engine.loadAll() on a
// folder of works and HttpServer in front of it — imported from src/ (run under tsx),
// so the figures follow the working tree without a build.
//
//   node --import tsx bench/http/kitwork-server.ts [works-dir]
//
// Takes the profiler commands of serve-common.ts on stdin.

import path from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Engine } from "../../src/engine/engine.ts";
import { HttpServer } from "../../src/server/http.ts";
import { announce, profilerCommands } from "./serve-common.ts";

// As bin/kitwork.js does for every engine it starts (see why there).
setFlagsFromString("--no-allocation-site-pretenuring");

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] ?? path.join(here, "works");

const engine = new Engine({ dir });
const problems = engine.loadAll();
if (problems.length > 0) {
  process.stderr.write(`kitwork-server: ${problems.length} problem(s) loading ${dir}:\n${problems.map((p) => JSON.stringify(p)).join("\n")}\n`);
  process.exit(1);
}
const server = new HttpServer(engine, {
  port: 0,
  host: "127.0.0.1",
  log: (line) => process.stderr.write(`${JSON.stringify(line)}\n`),
});
const { port } = await server.listen();

announce(port, profilerCommands());
