// The `kitwork` command.
//
// Start-up is part of every command's time, so this file imports only what parsing the
// command line needs: each command imports its own module when it runs (`kitwork run`
// loads no server, `kitwork start` no test harness, neither the compiler's disassembler),
// and the queue, runs and deploy commands are defined only when the command line names
// one of them, or when it names none that is known here (help, a typo: then all are
// defined, so the help lists every command and a typo gets its suggestion).

import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { parseDuration } from "../stdlib/time-core.js";
import { VERSION } from "../version.js";
import { EXIT, type Io, LOG_LEVELS, type LogLevel, UsageError, isLogLevel } from "./common.js";

export { EXIT } from "./common.js";

/** The commands defined in this file; the others are defined by ops.ts and deploy.ts. */
const OWN_COMMANDS = new Set(["init", "run", "start", "dev", "db", "check", "typecheck", "disasm"]);
const OPS_COMMANDS = new Set(["nodes", "queue", "signal", "runs"]);
const DEPLOY_COMMANDS = new Set(["deploy", "versions", "rollback"]);

function readSource(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

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

function parseLogLevel(value: string): LogLevel {
  if (!isLogLevel(value)) throw new InvalidArgumentError(`expected one of ${LOG_LEVELS.join(", ")}`);
  return value;
}

/** Collects a repeatable option's values in order. */
function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export async function disasmFile(file: string, io: Io): Promise<number> {
  const source = readSource(file);
  const [{ disassemble }, { CompileError, compile }] = await Promise.all([import("../bytecode/disasm.js"), import("../compiler/index.js")]);
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
  // The command the line names (commander takes it as the first argument: the root has only --help and --version).
  const named = argv[2];
  const known = named !== undefined && (OWN_COMMANDS.has(named) || OPS_COMMANDS.has(named) || DEPLOY_COMMANDS.has(named));
  const defines = (group: Set<string>) => !known || group.has(named!);
  const program = new Command();
  program
    .name("kitwork")
    .description("Kitwork: small scripts that declare their own infrastructure, run on a sandboxed, resumable VM.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program
    .command("init")
    .description("create a new project (works, a migration, a test, kitwork.json) in an empty or new folder")
    .argument("[dir]", "the project folder", ".")
    .action(async (dir: string) => {
      const { init } = await import("./init.js");
      code = init(dir, io);
    });
  program
    .command("run")
    .description("run one work once (trigger \"run\") and print its result as JSON")
    .argument("<file>", "the work's file (its folder's migrations are applied to a fresh database)")
    .option("--method <method>", "the request method (default: the method of the route --path matches, or of the work's first route)")
    .option("--path <path>", "the request path, matched against the work's routes for w.params (default: the first route as declared)")
    .option("--query <k=v|json>", "a query parameter, or a JSON object of them (repeatable)", repeatable)
    .option("--header <name:value>", "a request header (repeatable)", repeatable)
    .option("--body <json|text>", "the request body (w.body): JSON when it parses, else text")
    .option("--input <json>", "input for the run (w.payload, and w.body unless --body is given)", parseJSONOption)
    .option("--signal <event=json>", "a signal sent when the run waits on that event (repeatable)", repeatable)
    .option("--env <name=value>", "an environment value env() reads, over the process environment and the project's .env (repeatable; the name must be declared in kitwork.json \"env\")", repeatable)
    .option("--fast", "a virtual clock: sleeps and wait timeouts pass at once")
    .option("--budget <n>", "instruction budget (0 = unlimited)", parseBudget)
    .option("--timeout <duration>", 'attempt timeout of a work that declares none, and a bound on the whole run (retries, sleeps and waits included), e.g. "5s"', parseTimeout)
    .option("--db <url>", "the default database (sqlite:path, postgres://…, mysql://…) instead of a fresh SQLite file; migrations are applied to it")
    .action(async (file: string, opts) => {
      const { runFile } = await import("./run.js");
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
      .argument("[dir]", "the works folder (default: works)")
      .option("-p, --port <port>", "port (default $PORT or 8080)", port)
      .option("--host <host>", "interface to listen on (default 127.0.0.1)")
      .option("--body-limit <size>", "largest request body (default 1mb)", bytes)
      .option("--watch", "reload works when their files change", dev)
      .option("--db <url>", "default database URL (overrides KITWORK_DB and kitwork.json)")
      .option("--store <url>", "state store for runs, queues and cron: sqlite:path or postgres://… (default $KITWORK_STORE, kitwork.json \"store\", or <project>/.kitwork/state.db, the project being the folder of kitwork.json)")
      .option("--http-sample <ratio>", "share of successful HTTP runs whose log lines are kept (0..1, default 0.01; every run gets a record, and failures keep their lines)", (v: string) => {
        const n = Number(v);
        if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError("expected a number from 0 to 1");
        return n;
      })
      .option("--retention <duration>", 'how long finished runs and done jobs are kept (default "7d")', parseTimeout)
      .option("--lease <duration>", 'how long a claimed job or durable run stays this engine\'s without a heartbeat: a dead engine\'s work is taken over after it (default "10s", at least "1s"; see docs/cluster.md)', parseTimeout)
      .option("--metrics-port <port>", "serve /metrics, /_kitwork/health and /_kitwork/ready on this port too, and leave /metrics on the main port to the works", port)
      .option("--log-level <level>", `least severe line printed: ${LOG_LEVELS.join(", ")} (default info; request lines are info in dev, debug in start)`, parseLogLevel)
      .action(async (dir: string | undefined, opts) => {
        const { serve } = await import("./serve.js");
        code = await serve(opts.fromStore ? dir : (dir ?? "works"), { ...opts, dev }, io);
      });
    // Read by bin/kitwork.js, which runs `start` under the supervisor unless told not to.
    if (!dev) command.option("--no-supervise", "run the engine in this process (no restart after a crash)");
    if (!dev) command.option("--from-store", "serve the store's current deployment (kitwork deploy) from a private checkout instead of a folder, and switch when another one becomes current; needs --store or $KITWORK_STORE");
  }
  if (defines(OPS_COMMANDS)) (await import("./ops.js")).addOpsCommands(program, io, (c) => (code = c));
  if (defines(DEPLOY_COMMANDS)) (await import("./deploy.js")).addDeployCommands(program, io, (c) => (code = c));
  program
    .command("db")
    .description("database tasks")
    .command("migrate")
    .description("apply migrations/*.sql of a works folder to the default database")
    .argument("[dir]", "the works folder", "works")
    .option("--db <url>", "default database URL (overrides KITWORK_DB and kitwork.json)")
    .action(async (dir: string, opts: { db?: string }) => {
      const { dbMigrate } = await import("./serve.js");
      code = await dbMigrate(dir, io, opts.db);
    });
  program
    .command("check")
    .description("compile and discover every work; print the blueprint table, then every error and warning (unknown globals, unknown option keys)")
    .argument("[dir]", "the works folder", "works")
    .option("--strict", "exit 1 on warnings too (by default only errors do)")
    .action(async (dir: string, opts: { strict?: boolean }) => {
      const { check } = await import("./serve.js");
      code = check(dir, io, opts);
    });
  program
    .command("typecheck")
    .description("type-check the works with TypeScript as the editor does (jsconfig.json; top-level returns checked); exit 1 on any error")
    .argument("[dir]", "the project folder (where jsconfig.json is) or a config file", ".")
    .action(async (dir: string) => {
      const { typecheck } = await import("./typecheck.js");
      code = typecheck(dir, io);
    });
  program
    .command("disasm")
    .description("print the bytecode of a script, with its source lines")
    .argument("<file>", "the script")
    .action(async (file: string) => {
      code = await disasmFile(file, io);
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
