// Database connections: configured by URL (sqlite:path, postgres://…, mysql://…),
// opened lazily, pooled for the servers, and compiled per dialect with Kysely.
// Connection strings never appear in errors or logs: only the connection's name.

import fs from "node:fs";
import path from "node:path";
import type { Dialect, Kysely } from "kysely";
import { loadKysely } from "./kysely.js";
import { sqliteOptions } from "./sqlite-binding.js";
import { PoolSettingError, type PoolTimeouts, createPgPool, mysqlPoolOptions, poolSettings, timedMysqlPool } from "./pools.js";

export type DialectName = "sqlite" | "postgres" | "mysql";

export interface ConnectionConfig {
  name: string;
  url: string;
}

export class DbConfigError extends Error {}

/** The URL with any password replaced, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** A sqlite: URL with a relative path made absolute against `base`; other URLs as given. */
export function resolveSqliteUrl(url: string, base: string): string {
  if (!url.startsWith("sqlite:")) return url;
  const file = url.slice("sqlite:".length);
  if (file === "" || file === ":memory:" || file.startsWith("//") || path.isAbsolute(file)) return url;
  return `sqlite:${path.resolve(base, file)}`;
}

export function dialectOf(url: string): DialectName {
  if (url.startsWith("sqlite:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgres";
  if (/^(mysql|mariadb):\/\//.test(url)) return "mysql";
  throw new DbConfigError(`unsupported database URL scheme (use sqlite:path, postgres://… or mysql://…)`);
}

/**
 * The pool timeouts and size a PostgreSQL or MySQL URL sets (connectTimeout, queryTimeout,
 * idleTimeout, poolSize: see pools.ts) and the URL for the driver; a malformed setting is a
 * DbConfigError naming the connection.
 */
export function connectionSettings(name: string, url: string): { url: string; timeouts: PoolTimeouts; size: number } {
  try {
    return poolSettings(url);
  } catch (e) {
    if (e instanceof PoolSettingError) throw new DbConfigError(`database "${name}": ${e.message}`);
    throw e;
  }
}

/** Connections from the environment: KITWORK_DB (default) and KITWORK_DB_<NAME>. */
export function connectionsFromEnv(env: NodeJS.ProcessEnv, defaultUrl: string): ConnectionConfig[] {
  return resolveConnections({ env, defaultUrl });
}

/**
 * The connections, from (strongest first) the --db flag, the environment (KITWORK_DB,
 * KITWORK_DB_<NAME>), a config file (kitwork.json: {"databases": {"default": url, …}}),
 * and the embedded default. Relative SQLite paths in the config file are relative to its
 * folder (the project), not to the working directory.
 */
export function resolveConnections(o: { flag?: string; env: NodeJS.ProcessEnv; configFile?: string; defaultUrl: string }): ConnectionConfig[] {
  const urls = new Map<string, string>([["default", o.defaultUrl]]);
  if (o.configFile && fs.existsSync(o.configFile)) {
    let config: { databases?: Record<string, unknown> };
    try {
      config = JSON.parse(fs.readFileSync(o.configFile, "utf8"));
    } catch (e) {
      throw new DbConfigError(`${path.basename(o.configFile)}: not valid JSON (${(e as Error).message})`);
    }
    for (const [name, url] of Object.entries(config.databases ?? {})) {
      if (typeof url !== "string") throw new DbConfigError(`${path.basename(o.configFile)}: databases.${name} must be a URL string`);
      urls.set(name.toLowerCase(), resolveSqliteUrl(url, path.dirname(path.resolve(o.configFile))));
    }
  }
  for (const [k, v] of Object.entries(o.env)) {
    const m = /^KITWORK_DB_([A-Z0-9_]+)$/.exec(k);
    if (m && v) urls.set(m[1]!.toLowerCase(), v);
  }
  if (o.env.KITWORK_DB) urls.set("default", o.env.KITWORK_DB);
  if (o.flag) urls.set("default", o.flag);
  return [...urls].map(([name, url]) => {
    let dialect: DialectName;
    try {
      dialect = dialectOf(url);
    } catch (e) {
      throw new DbConfigError(`database "${name}": ${(e as Error).message}: ${redact(url)}`);
    }
    if (dialect !== "sqlite") connectionSettings(name, url);
    return { name, url };
  });
}

/** What the synchronous SQLite path needs of a better-sqlite3 database. */
export interface SqliteHandle {
  prepare(sql: string): { all(...params: unknown[]): unknown[]; get(...params: unknown[]): unknown };
}

export interface Connection {
  readonly name: string;
  readonly dialect: DialectName;
  readonly kysely: Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** SQLite only: the driver's database, for selects run synchronously (no promise, no suspension). */
  readonly sqlite?: SqliteHandle;
  close(): Promise<void>;
  /**
   * PostgreSQL and MySQL: a new connection to the same database without the query timeout
   * (migrations: an index on a big table may take longer than any query should); the
   * caller closes it.
   */
  untimed?(): Promise<Connection>;
}

async function makeDialect(name: string, url: string, out: { sqlite?: SqliteHandle }, untimed = false): Promise<Dialect> {
  const dialect = dialectOf(url);
  if (dialect === "sqlite") {
    const file = url.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "");
    const { default: Database } = await import("better-sqlite3");
    if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    let db;
    try {
      db = new Database(file === "" ? ":memory:" : file, sqliteOptions());
    } catch (e) {
      throw new DbConfigError(`database "${name}": cannot open the SQLite file: ${(e as Error).message}`);
    }
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    // Exact 64-bit integers: rows are normalised to numbers when safe, strings otherwise.
    db.defaultSafeIntegers(true);
    out.sqlite = db as unknown as SqliteHandle;
    return new (await loadKysely()).SqliteDialect({ database: db });
  }
  if (dialect === "postgres") {
    const pg = (await import("pg")).default;
    // 64-bit integers: numbers when they are safe, strings otherwise.
    pg.types.setTypeParser(20, (v: string) => {
      const n = Number(v);
      return Number.isSafeInteger(n) ? n : v;
    });
    const settings = connectionSettings(name, url);
    const pool = createPgPool(pg, settings.url, { max: settings.size, timeouts: untimed ? { ...settings.timeouts, queryMs: 0 } : settings.timeouts });
    // Every query with the extended protocol, parameters or not: PostgreSQL then runs one
    // statement per query, so raw("select 1; drop table t") cannot run the second (pg
    // sends a query without parameters as a simple query, which runs a whole script).
    pool.on("connect", (client) => {
      const query = client.query.bind(client) as (...a: unknown[]) => unknown;
      (client as { query: unknown }).query = (text: unknown, values?: unknown, ...rest: unknown[]) => {
        if (typeof text !== "string") return query(text, values, ...rest); // a config object or a cursor
        if (typeof values === "function") return query({ text, queryMode: "extended" }, values);
        return query({ text, values, queryMode: "extended" }, ...rest);
      };
    });
    return new (await loadKysely()).PostgresDialect({ pool });
  }
  const mysql = await import("mysql2");
  const settings = connectionSettings(name, url);
  const timeouts = untimed ? { ...settings.timeouts, queryMs: 0 } : settings.timeouts;
  const pool = mysql.createPool({
    uri: settings.url.replace(/^mariadb:/, "mysql:"), connectionLimit: settings.size, supportBigNumbers: true, bigNumberStrings: false, dateStrings: false, timezone: "Z",
    ...mysqlPoolOptions(timeouts),
  });
  return new (await loadKysely()).MysqlDialect({ pool: timedMysqlPool(pool as never, timeouts) });
}

export async function openConnection(config: ConnectionConfig, o: { untimed?: boolean } = {}): Promise<Connection> {
  const dialect = dialectOf(config.url);
  const extra: { sqlite?: SqliteHandle } = {};
  const { Kysely } = await loadKysely();
  const kysely = new Kysely<any>({ dialect: await makeDialect(config.name, config.url, extra, o.untimed) }); // eslint-disable-line @typescript-eslint/no-explicit-any
  return {
    name: config.name,
    dialect,
    kysely,
    sqlite: extra.sqlite,
    close: () => kysely.destroy(),
    untimed: dialect === "sqlite" ? undefined : () => openConnection(config, { untimed: true }),
  };
}

/** The named connections of an engine, opened on first use. */
export class Connections {
  private readonly configs = new Map<string, ConnectionConfig>();
  private readonly open = new Map<string, Promise<Connection>>();
  private readonly ready = new Map<string, Connection>();

  /** Transactions open on each connection, across runs (the synchronous SQLite path stays off meanwhile). */
  private readonly openTx = new Map<string, number>();

  txStarted(name: string): void {
    this.openTx.set(name, (this.openTx.get(name) ?? 0) + 1);
  }

  txEnded(name: string): void {
    const n = (this.openTx.get(name) ?? 1) - 1;
    if (n <= 0) this.openTx.delete(name);
    else this.openTx.set(name, n);
  }

  txOpen(name: string): boolean {
    return this.openTx.has(name);
  }

  /** The connection if it is already open (synchronously), else undefined. */
  opened(name: string): Connection | undefined {
    return this.ready.get(name);
  }

  constructor(configs: ConnectionConfig[]) {
    for (const c of configs) {
      // Validate early: a bad URL or timeout setting is a start-up error naming the connection.
      if (dialectOf(c.url) !== "sqlite") connectionSettings(c.name, c.url);
      this.configs.set(c.name, c);
    }
  }

  names(): string[] {
    return [...this.configs.keys()];
  }

  has(name: string): boolean {
    return this.configs.has(name);
  }

  get(name: string): Promise<Connection> {
    let p = this.open.get(name);
    if (!p) {
      const config = this.configs.get(name);
      if (!config) return Promise.reject(new DbConfigError(`no database connection named "${name}" (configure KITWORK_DB_${name.toUpperCase()})`));
      p = openConnection(config);
      this.open.set(name, p);
      p.then((c) => this.ready.set(name, c), () => this.open.delete(name));
    }
    return p;
  }

  async closeAll(): Promise<void> {
    const all = [...this.open.values()];
    this.open.clear();
    this.ready.clear();
    await Promise.all(all.map(async (p) => (await p.catch(() => null))?.close()));
  }
}
