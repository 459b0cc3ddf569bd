// Shared plumbing for the server entries that bench/http.ts spawns (one process per
// server, pinned to its own core): listen on an ephemeral port, announce it on stdout,
// take commands on stdin, and exit when told to or when the parent goes away.
//
// stdin commands (one per line; each answers `OK <name> …` or `ERROR <name> …`):
//   profile-start [interval-µs]   start V8's CPU profiler in this process
//   profile-stop <file>           stop it and write <file> (.cpuprofile), every call frame
//                                 annotated with its original position (`originalUrl`,
//                                 1-based `originalLine`) from the source maps tsx registers

import fs from "node:fs";
import type http from "node:http";
import { Session } from "node:inspector/promises";
import { findSourceMap } from "node:module";
import readline from "node:readline";

/** First stdout line of every server entry: `READY {"port":N}`. */
export const READY = "READY ";

export type Command = (words: string[]) => Promise<string | void> | string | void;

/**
 * Announces the port and serves stdin commands until stdin closes
 * (the parent exited, even by SIGKILL), SIGTERM or SIGINT — any of which exits at once:
 * a load test has nothing in flight worth draining.
 */
export function announce(port: number, commands: Record<string, Command> = {}): void {
  process.stdout.write(`${READY}${JSON.stringify({ port, pid: process.pid })}\n`);
  const rl = readline.createInterface({ input: process.stdin });
  rl.on("line", (line) => {
    const [name = "", ...rest] = line.trim().split(/\s+/);
    const command = commands[name];
    if (!command) {
      process.stdout.write(`ERROR unknown command ${JSON.stringify(name)}\n`);
      return;
    }
    Promise.resolve()
      .then(() => command(rest))
      .then(
        (reply) => process.stdout.write(`OK ${name}${reply ? ` ${reply}` : ""}\n`),
        (err) => process.stdout.write(`ERROR ${name} ${String((err as Error)?.message ?? err)}\n`),
      );
  });
  rl.on("close", () => process.exit(0));
  process.once("SIGTERM", () => process.exit(0));
  process.once("SIGINT", () => process.exit(0));
}

/** Listens on an ephemeral port of 127.0.0.1; resolves with the port. */
export function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      const addr = server.address();
      resolve(typeof addr === "object" && addr ? addr.port : 0);
    });
  });
}

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

/** The in-process CPU profiler behind `profile-start` / `profile-stop`. */
export function profilerCommands(): Record<string, Command> {
  let session: Session | null = null;
  return {
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
  };
}
