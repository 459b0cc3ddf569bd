// The `kitwork` command.

import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { disassemble } from "../bytecode/disasm.js";
import { CompileError, compile } from "../compiler/index.js";
import { type Outcome, type RunOptions, Runtime, attachFrame } from "../runtime/runtime.js";
import type { Program } from "../bytecode/program.js";
import type { Interpreter } from "../vm/interpreter.js";
import { FailSignal, newRunContext, sleepCapability } from "../runtime/work.js";
import { httpCapability, httpGetCapability, httpPostCapability } from "../runtime/outbound.js";
import { toHost } from "../stdlib/convert.js";
import { parseDuration } from "../stdlib/time-core.js";
import { LimitError, ScriptError } from "../vm/errors.js";
import { VERSION } from "../version.js";
import { check, dbMigrate, serve } from "./serve.js";
import { addOpsCommands } from "./ops.js";
import path from "node:path";
import { Connections, resolveConnections } from "../db/connections.js";
import { closeRunTransactions } from "../db/query.js";
import { DEFAULT_DB_URL } from "../engine/engine.js";

/** Exit codes: 0 ok, 1 script or compile error, 2 a limit was exceeded, 64 usage. */
export const EXIT = { ok: 0, error: 1, limit: 2, usage: 64 } as const;

function readSource(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

class UsageError extends Error {}

function parseJSONOption(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch (e) {
    throw new InvalidArgumentError(`not valid JSON (${(e as Error).message})`);
  }
}

function parseBudget(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a non-negative integer (0 = unlimited)");
  return n;
}

function parseTimeout(value: string): number {
  try {
    return parseDuration(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** `kitwork run`: runs one script once as a work with trigger "run". */
export async function runFile(file: string, opts: { input?: unknown; budget?: number; timeout?: number; db?: string }, io: Io): Promise<number> {
  const source = readSource(file);
  let program;
  try {
    program = compile(source, { filename: file });
  } catch (e) {
    if (e instanceof CompileError) {
      io.err(e.format() + "\n");
      return EXIT.error;
    }
    throw e;
  }
  const runtime = new Runtime();
  const ctx = newRunContext({
    trigger: "run",
    input: { payload: opts.input, body: opts.input },
    recordDeclarations: true,
    log: (level, args) => io.err(`[${level}] ${args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ")}\n`),
  });
  // db() talks to KITWORK_DB (default: the embedded SQLite file); no migrations are applied here.
  let connections: Connections;
  try {
    connections = new Connections(resolveConnections({ flag: opts.db, env: process.env, configFile: path.join(path.dirname(file), "kitwork.json"), defaultUrl: DEFAULT_DB_URL }));
  } catch (e) {
    io.err(`kitwork: ${(e as Error).message}\n`);
    return EXIT.usage;
  }
  ctx.db = { connections, tx: new Map() };
  ctx.capabilities.db = runtime.db;
  // --timeout bounds the whole run's wall-clock time, suspended time included (the VM's
  // own deadline counts running time only): past it the run ends with the time limit.
  const deadline = opts.timeout !== undefined && opts.timeout > 0 ? Date.now() + opts.timeout : Infinity;
  // In memory: there is no store to checkpoint to. A sleep that would outlast the deadline
  // sets no timer (the deadline ends the run), so nothing keeps the process alive past it.
  ctx.capabilities.sleep = (vm: Interpreter, args: unknown[]) => {
    if (deadline !== Infinity) {
      let ms: number | null = null;
      try {
        ms = parseDuration(args[0] as string | number);
      } catch {
        // sleepCapability reports it
      }
      if (ms !== null && Date.now() + ms >= deadline) return new Promise(() => {});
    }
    return sleepCapability(vm, args);
  };
  Object.assign(ctx.capabilities, { http: httpCapability, "http.get": httpGetCapability, "http.post": httpPostCapability });
  const limits: Record<string, number> = {};
  if (opts.budget !== undefined) limits.budget = opts.budget;
  if (opts.timeout !== undefined) limits.timeoutMs = opts.timeout;
  try {
    const value = await runWithin(runtime, program, { limits, context: ctx }, deadline, opts.timeout ?? 0);
    const res = ctx.response;
    if (res && (res.kind === "text" || res.kind === "html")) io.out(String(res.body) + "\n");
    else if (res && res.kind === "redirect") io.out(JSON.stringify({ redirect: res.body, status: res.status }) + "\n");
    else {
      const out = toHost(res ? res.body : value);
      io.out((out === undefined ? "null" : JSON.stringify(out)) + "\n");
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ScriptError) {
      attachFrame(e, program);
      io.err(e.format() + "\n");
      return EXIT.error;
    }
    if (e instanceof LimitError) {
      io.err(`${e.format()}\n`);
      return EXIT.limit;
    }
    if (e instanceof FailSignal) {
      io.err(`fail(${e.status}): ${e.message}\n`);
      return EXIT.error;
    }
    throw e;
  } finally {
    await closeRunTransactions(ctx.db);
    await connections.closeAll();
  }
}

/** Runs to the end, or until `deadline` (wall clock) passes: then a LimitError naming the time limit. */
async function runWithin(runtime: Runtime, program: Program, options: RunOptions, deadline: number, timeoutMs: number): Promise<unknown> {
  let out: Outcome = runtime.run(program, options);
  let passed = false;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<"expired">((resolve) => {
    if (out.status === "suspended" && deadline !== Infinity) {
      timer = setTimeout(() => {
        passed = true;
        resolve("expired");
      }, Math.max(0, deadline - Date.now()));
    }
  });
  try {
    while (out.status === "suspended") {
      const run = out.run;
      const step: Promise<Outcome> = run.awaitAndResume(() => passed);
      step.catch(() => {}); // after the deadline it can only settle as RunAbandoned, which nobody waits for
      const next: Outcome | "expired" = await Promise.race([step, expired]);
      if (next === "expired") throw new LimitError("timeout", `time limit exceeded (${timeoutMs} ms)`, run.vm.trace());
      out = next;
    }
    return out.value;
  } finally {
    clearTimeout(timer);
  }
}

export function disasmFile(file: string, io: Io): number {
  const source = readSource(file);
  try {
    io.out(disassemble(compile(source, { filename: file })) + "\n");
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CompileError) {
      io.err(e.format() + "\n");
      return EXIT.error;
    }
    throw e;
  }
}

export async function main(argv: string[], io: Io = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name("kitwork")
    .description("Kitwork: small scripts that declare their own infrastructure, run on a sandboxed, resumable VM.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program
    .command("run")
    .description("run one script once and print its result as JSON")
    .argument("<file>", "the script")
    .option("--input <json>", "input for the run (w.payload, w.body)", parseJSONOption)
    .option("--budget <n>", "instruction budget (0 = unlimited)", parseBudget)
    .option("--timeout <duration>", 'wall-clock limit for the whole run, sleeps included, e.g. "5s"', parseTimeout)
    .option("--db <url>", "default database URL (sqlite:path, postgres://…, mysql://…)")
    .action(async (file: string, opts) => {
      code = await runFile(file, opts, io);
    });
  const port = (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("expected a port number");
    return n;
  };
  const bytes = (v: string) => {
    const m = /^(\d+)\s*(b|kb|kib|mb|mib)?$/i.exec(v.trim());
    if (!m) throw new InvalidArgumentError('expected a size such as "1mb" or "65536"');
    const unit = (m[2] ?? "b").toLowerCase();
    return Number(m[1]) * (unit.startsWith("k") ? 1024 : unit.startsWith("m") ? 1024 * 1024 : 1);
  };
  for (const [name, desc, dev] of [
    ["start", "serve a folder of works over HTTP (production)", false],
    ["dev", "serve with hot reload and readable errors", true],
  ] as const) {
    const command = program
      .command(name)
      .description(desc)
      .argument("[dir]", "the works folder", "works")
      .option("-p, --port <port>", "port (default $PORT or 8080)", port)
      .option("--host <host>", "interface to listen on (default 127.0.0.1)")
      .option("--body-limit <size>", "largest request body (default 1mb)", bytes)
      .option("--watch", "reload works when their files change", dev)
      .option("--db <url>", "default database URL (overrides KITWORK_DB and kitwork.json)")
      .option("--store <url>", "state store for runs, queues and cron: sqlite:path or postgres://… (default $KITWORK_STORE or sqlite:.kitwork/state.db)")
      .option("--http-sample <ratio>", "share of successful HTTP runs recorded (0..1, default 0.01; failures always are)", (v: string) => {
        const n = Number(v);
        if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError("expected a number from 0 to 1");
        return n;
      })
      .option("--retention <duration>", 'how long finished runs and done jobs are kept (default "7d")', parseTimeout)
      .action(async (dir: string, opts) => {
        code = await serve(dir, { ...opts, dev }, io);
      });
    // Read by bin/kitwork.js, which runs `start` under the supervisor unless told not to.
    if (!dev) command.option("--no-supervise", "run the engine in this process (no restart after a crash)");
  }
  addOpsCommands(program, io, (c) => (code = c));
  program
    .command("db")
    .description("database tasks")
    .command("migrate")
    .description("apply migrations/*.sql of a works folder to the default database")
    .argument("[dir]", "the works folder", "works")
    .option("--db <url>", "default database URL (overrides KITWORK_DB and kitwork.json)")
    .action(async (dir: string, opts: { db?: string }) => {
      code = await dbMigrate(dir, io, opts.db);
    });
  program
    .command("check")
    .description("compile and discover every work; print the blueprint table")
    .argument("[dir]", "the works folder", "works")
    .action((dir: string) => {
      code = check(dir, io);
    });
  program
    .command("disasm")
    .description("print the bytecode of a script, with its source lines")
    .argument("<file>", "the script")
    .action((file: string) => {
      code = disasmFile(file, io);
    });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    const ce = e as { code?: string; exitCode?: number };
    if (ce.code === "commander.helpDisplayed" || ce.code === "commander.version" || ce.code === "commander.help") return EXIT.ok;
    if (typeof ce.code === "string" && ce.code.startsWith("commander.")) return EXIT.usage;
    if (e instanceof UsageError) {
      io.err(`kitwork: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}
