// Shared plumbing for the server entries that bench/http.ts spawns (one process per
// server, pinned to its own core): listen on an ephemeral port, announce it on stdout,
// take commands on stdin, and exit when told to or when the parent goes away.

import type http from "node:http";
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
