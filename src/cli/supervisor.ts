// The `kitwork start` supervisor. Some host faults cannot be caught inside the engine's
// process (a V8 fatal error aborts it), so `kitwork start` runs the engine as a child of
// this small process and starts it again when it dies abnormally. Nothing is lost by a
// restart: queue jobs and durable runs live in the store under leases, and the new engine
// ends the dead one's leases at once (each engine writes its owners as `<node id>:…`).
//
// It imports node builtins only (and bin/kitwork.js requires its CommonJS build,
// dist/cli/supervisor.cjs, without node's ES module loader), so it spawns the engine a few
// milliseconds after node itself is up, and has little that can fail.
//
// - The listening socket is the supervisor's: it binds once (on the engine's request, so
//   the engine's own option parsing decides port and host; `--port 0` keeps the port it
//   got) and passes the socket to every engine over IPC. While no engine is up, new
//   connections wait here (not read) and go to the next engine when it is ready: a
//   restart refuses no connection; only those the dead engine was serving are cut.
// - A child that dies by a signal or a non-zero exit is logged (exit code or signal, the
//   last lines of its stderr) and restarted: at once the first time, then after 1 s,
//   2 s, 4 s… up to 30 s while it keeps dying; the count resets once an engine has stayed
//   up for 30 s. A first start that fails with an exit code (bad options, a store that
//   cannot be opened) is not retried: the supervisor exits with that code.
// - SIGTERM and SIGINT are forwarded; the engine drains and exits 0, and so does the
//   supervisor. A second signal kills the engine. An engine that exits 0 by itself ends
//   the supervisor. An engine whose supervisor is gone (IPC closed) drains and exits.

import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

/** Set in the engine's environment: the number of this start (1, 2, …). */
export const SUPERVISED_ENV = "KITWORK_SUPERVISED";
/** The engine's node id (prefix of its lease owners). */
export const NODE_ID_ENV = "KITWORK_NODE_ID";
/** The node id of the engine that died before this one (its leases are ended at start-up). */
export const RECLAIM_ENV = "KITWORK_RECLAIM_NODE";

/** Engine → supervisor. */
export type ToSupervisor = { kitwork: "listen"; port: number; host: string } | { kitwork: "ready" };
/** Supervisor → engine (the listening server, or one connection, travels as the handle). */
export type ToEngine = { kitwork: "listening" } | { kitwork: "listen-failed"; error: string } | { kitwork: "connection" };

/** Restart delays: the first restart is immediate, then 1 s doubling to 30 s. */
export function restartDelay(failures: number): number {
  return failures <= 1 ? 0 : Math.min(30_000, 1000 * 2 ** (failures - 2));
}

/**
 * A random (version 4) UUID for an engine's node id, from /dev/urandom: node:crypto takes
 * 3-5 ms to load, which would delay every first engine's spawn by as much. Where there is
 * no /dev/urandom (or it gives fewer than 16 bytes), Math.random's: a node id needs to be
 * unique, not secret.
 */
export function newNodeId(source = "/dev/urandom"): string {
  const bytes = Buffer.alloc(16);
  let read = 0;
  try {
    const fd = fs.openSync(source, "r");
    try {
      read = fs.readSync(fd, bytes, 0, 16, null);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // No such source: Math.random's, below.
  }
  // A short read (an empty file in a sandbox) must not give every engine the same id.
  if (read !== 16) for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const STABLE_MS = 30_000;
const MAX_WAITING = 4096;
const TAIL_LINES = 20;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const stdio: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

function logLine(io: Io, line: Record<string, unknown>): void {
  io.out(JSON.stringify({ time: new Date().toISOString(), ...line }) + "\n");
}

/** Keeps the last lines written to a stream. */
class Tail {
  private text = "";
  push(chunk: Buffer): void {
    this.text = (this.text + chunk.toString("utf8")).slice(-8192);
  }
  lines(): string[] {
    return this.text.split("\n").filter((l) => l.trim() !== "").slice(-TAIL_LINES);
  }
}

/**
 * Runs `node <argv[1..]>` (the same command) as the engine under supervision; resolves with
 * the exit code once it has stopped for good.
 */
export function supervise(argv: string[] = process.argv, io: Io = stdio): Promise<number> {
  return new Promise((resolveExit) => {
    let server: net.Server | null = null;
    let child: ChildProcess | null = null;
    let ready = false;
    let everReady = false;
    let starts = 0;
    let failures = 0;
    let deadNode: string | null = null;
    let stopping: NodeJS.Signals | null = null;
    let restartTimer: NodeJS.Timeout | null = null;
    let stableTimer: NodeJS.Timeout | null = null;
    let waiting: net.Socket[] = [];
    let done = false;

    const closeServer = () => {
      server?.close();
      server = null;
      for (const s of waiting) s.destroy();
      waiting = [];
    };

    const finish = (code: number) => {
      if (done) return;
      done = true;
      for (const s of SIGNALS) process.removeListener(s, onSignal);
      if (restartTimer) clearTimeout(restartTimer);
      if (stableTimer) clearTimeout(stableTimer);
      closeServer();
      resolveExit(code);
    };

    const forward = (c: ChildProcess, socket: net.Socket) => {
      c.send({ kitwork: "connection" } satisfies ToEngine, socket, (err) => {
        if (err) socket.destroy();
      });
    };

    // Connections the supervisor accepts (it shares the listening socket with the engine).
    const onConnection = (socket: net.Socket) => {
      if (stopping) return void socket.destroy();
      if (child && ready && child.connected) return forward(child, socket);
      if (waiting.length >= MAX_WAITING) return void socket.destroy();
      socket.on("error", () => {});
      waiting.push(socket);
    };

    const listen = (c: ChildProcess, port: number, host: string) => {
      const reply = () => {
        if (c.connected && server) c.send({ kitwork: "listening" } satisfies ToEngine, server);
      };
      if (server) return reply();
      const s = net.createServer({ pauseOnConnect: true });
      s.on("connection", onConnection);
      const failed = (e: Error) => {
        if (c.connected) c.send({ kitwork: "listen-failed", error: e.message } satisfies ToEngine);
      };
      s.once("error", failed);
      s.listen(port, host, () => {
        s.off("error", failed);
        s.on("error", (e) => logLine(io, { level: "error", msg: "listening socket failed", error: e.message }));
        server = s;
        reply();
      });
    };

    const start = () => {
      restartTimer = null;
      starts++;
      const nodeId = newNodeId();
      const env: NodeJS.ProcessEnv = { ...process.env, [SUPERVISED_ENV]: String(starts), [NODE_ID_ENV]: nodeId };
      delete env[RECLAIM_ENV];
      if (deadNode) env[RECLAIM_ENV] = deadNode;
      const tail = new Tail();
      const startedAt = Date.now();
      // Detached: a terminal's Ctrl-C reaches the supervisor only, which forwards it once.
      const c = spawn(process.execPath, [...process.execArgv, ...argv.slice(1)], { env, stdio: ["ignore", "inherit", "pipe", "ipc"], detached: true });
      child = c;
      ready = false;
      c.stderr!.on("data", (chunk: Buffer) => {
        tail.push(chunk);
        io.err(chunk.toString("utf8"));
      });
      c.on("message", (m: ToSupervisor) => {
        if (!m || typeof m !== "object") return;
        if (m.kitwork === "listen") listen(c, m.port, m.host);
        else if (m.kitwork === "ready" && child === c && !stopping) {
          ready = true;
          everReady = true;
          deadNode = null;
          const queued = waiting;
          waiting = [];
          for (const s of queued) if (!s.destroyed) forward(c, s);
          stableTimer = setTimeout(() => (failures = 0), STABLE_MS);
          stableTimer.unref();
        }
      });
      c.on("error", (e) => logLine(io, { level: "error", msg: "cannot start the engine", error: e.message }));
      c.on("exit", () => {
        if (child === c) ready = false; // connections wait from now on
      });
      // "close": exited and stderr read to its end, so the tail has the last words.
      c.on("close", (code, signal) => {
        if (child !== c) return;
        child = null;
        ready = false;
        if (stableTimer) clearTimeout(stableTimer);
        stableTimer = null;
        if (stopping) return finish(code === 0 || signal === stopping ? 0 : (code ?? 1));
        if (code === 0) {
          logLine(io, { level: "info", msg: "engine exited", pid: c.pid, exitCode: 0 });
          return finish(0);
        }
        // Bad options, a store that cannot be opened…: retrying would not help.
        if (!everReady && code !== null) return finish(code);
        failures++;
        const delay = restartDelay(failures);
        deadNode = nodeId;
        logLine(io, { level: "error", msg: "engine died", pid: c.pid, exitCode: code, signal, uptimeMs: Date.now() - startedAt, stderr: tail.lines(), starts, restartInMs: delay });
        restartTimer = setTimeout(start, delay);
      });
    };

    const onSignal = (signal: NodeJS.Signals) => {
      if (stopping) {
        child?.kill("SIGKILL");
        return;
      }
      stopping = signal;
      // Stop accepting at once; the engine drains what it has.
      closeServer();
      if (restartTimer) clearTimeout(restartTimer);
      restartTimer = null;
      if (child) child.kill(signal);
      else finish(0);
    };
    for (const s of SIGNALS) process.on(s, onSignal);

    start();
  });
}

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
