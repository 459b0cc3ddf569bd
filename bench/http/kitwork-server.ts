// Server (b) of `npm run bench:http`: the real Kitwork stack — Engine.loadAll() on a
// folder of works and HttpServer in front of it — imported from src/ (run under tsx),
// so the figures follow the working tree without a build.
//
//   node --import tsx bench/http/kitwork-server.ts [works-dir]
//
// stdin commands (one per line; each answers `OK <name> …` or `ERROR <name> …`):
//   profile-start [interval-µs]   start V8's CPU profiler in this process
//   profile-stop <file>           stop it and write <file> (.cpuprofile), every call frame
//                                 annotated with its original src/ position
//                                 (`originalUrl`, 1-based `originalLine`) via tsx's source maps

import fs from "node:fs";
import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Engine } from "../../src/engine/engine.ts";
import { HttpServer } from "../../src/server/http.ts";
import { announce } from "./serve-common.ts";

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

interface CallFrame {
  url: string;
  lineNumber: number;
  columnNumber: number;
  originalUrl?: string;
  originalLine?: number;
}

/** Adds the original (TypeScript) position to each call frame that has a source map. */
function annotate(profile: { nodes: Array<{ callFrame: CallFrame }> }): void {
  for (const { callFrame: cf } of profile.nodes) {
    if (!cf.url || cf.lineNumber < 0) continue;
    let map;
    try {
      map = findSourceMap(cf.url);
    } catch {
      continue;
    }
    const entry = map?.findEntry(cf.lineNumber, Math.max(0, cf.columnNumber)) as { originalSource?: string; originalLine?: number } | undefined;
    if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
      cf.originalUrl = entry.originalSource;
      cf.originalLine = entry.originalLine + 1;
    }
  }
}

let session: Session | null = null;

announce(port, {
  "profile-start": async ([interval]) => {
    if (session) throw new Error("already profiling");
    session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: Number(interval ?? 100) });
    await session.post("Profiler.start");
  },
  "profile-stop": async ([file]) => {
    if (!session) throw new Error("not profiling");
    if (!file) throw new Error("profile-stop needs a file");
    const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: Array<{ callFrame: CallFrame }> } };
    session.disconnect();
    session = null;
    annotate(profile);
    fs.writeFileSync(file, JSON.stringify(profile));
    return file;
  },
});
