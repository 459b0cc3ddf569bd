// Connection pools that fail fast: every PostgreSQL and MySQL pool the engine opens (the
// store's and db()'s) bounds how long a connection may take to open, a query to answer
// and a connection to sit idle. A database that stops answering without closing the
// socket (a dead host, a partitioned network) then costs a clear error after the query
// timeout — the connection is closed and the pool opens a fresh one — instead of a run
// or a queue consumer waiting forever on a socket nobody will ever write to.
//
// The settings are parameters of the connection URL, in the engine's duration syntax
// ("5s", "500ms"; a bare number is milliseconds; 0 turns the bound off):
//
//   postgres://app@db:5432/app?connectTimeout=5s&queryTimeout=1m&idleTimeout=30s
//
// They are taken out of the URL before the driver sees it. The drivers' own spellings of
// the same bounds are refused, so one setting means one thing (libpq's connect_timeout,
// for one, is in seconds and node-postgres ignores it).
//
// The drivers (pg, mysql2) are passed in, so whoever loads them lazily keeps doing so.

import type pg from "pg";
import { formatDuration, parseDuration } from "../stdlib/time-core.js";

export interface PoolTimeouts {
  /** Opening a connection, and waiting for a free one in the pool; 0: no bound. */
  connectMs: number;
  /** One query, from sending it to its last row (on PostgreSQL also the server's statement_timeout); 0: no bound. */
  queryMs: number;
  /** How long an unused connection stays open in the pool; 0: until the pool closes. */
  idleMs: number;
}

/** queryTimeout stays below a run's default w.timeout() (30 s), so a silent database fails a default run with the query's own error. */
export const DEFAULT_TIMEOUTS: Readonly<PoolTimeouts> = { connectMs: 10_000, queryMs: 20_000, idleMs: 30_000 };

/** The URL parameters, and which bound each sets. */
const SETTINGS = { connectTimeout: "connectMs", queryTimeout: "queryMs", idleTimeout: "idleMs" } as const;
type Setting = keyof typeof SETTINGS;

/** Drivers' parameters for the same bounds: refused, with the one to use instead. */
const COMPETING: Record<string, Setting> = {
  connect_timeout: "connectTimeout",
  connectionTimeoutMillis: "connectTimeout",
  statement_timeout: "queryTimeout",
  query_timeout: "queryTimeout",
  timeout: "queryTimeout",
  idleTimeoutMillis: "idleTimeout",
};

/** A timeout setting that is malformed or competes with one of the driver's. */
export class PoolSettingError extends Error {}

/** A bound was reached: the database did not answer in time. `code` is stable; the message names the setting. */
export class DbTimeoutError extends Error {
  readonly code = "KITWORK_DB_TIMEOUT";
  constructor(
    readonly setting: Setting,
    readonly ms: number,
    message: string,
  ) {
    super(message);
  }
}

const queryTimedOut = (ms: number) =>
  new DbTimeoutError("queryTimeout", ms, `the database did not answer within ${formatDuration(ms)} (queryTimeout); the connection was closed`);
const statementTimedOut = (ms: number) =>
  new DbTimeoutError("queryTimeout", ms, `the statement ran longer than ${formatDuration(ms)} (queryTimeout) and the database stopped it`);
const connectTimedOut = (ms: number) =>
  new DbTimeoutError("connectTimeout", ms, `could not connect to the database within ${formatDuration(ms)} (connectTimeout)`);
const poolTimedOut = (ms: number, size: number) =>
  new DbTimeoutError("connectTimeout", ms, `no free database connection within ${formatDuration(ms)} (connectTimeout): all ${size} were busy`);

/** Connections a pool opens at most, unless the URL's poolSize says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/** The largest poolSize a URL may ask for. */
const MAX_POOL_SIZE = 1_000;

/**
 * The timeouts and the pool size a connection URL sets (over `defaults`), and the URL
 * without them for the driver. Throws PoolSettingError naming the parameter when a value is
 * not a duration (a count, for poolSize) or a driver's own spelling of a bound is given.
 */
export function poolSettings(url: string, defaults: Readonly<PoolTimeouts> = DEFAULT_TIMEOUTS): { url: string; timeouts: PoolTimeouts; size: number } {
  const timeouts = { ...defaults };
  let size = DEFAULT_POOL_SIZE;
  const q = url.indexOf("?");
  if (q < 0) return { url, timeouts, size };
  const hash = url.indexOf("#", q);
  const query = url.slice(q + 1, hash < 0 ? undefined : hash);
  const kept: string[] = [];
  for (const part of query.split("&")) {
    const eq = part.indexOf("=");
    const key = decodeURIComponent(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1).replace(/\+/g, " "));
    if (Object.hasOwn(SETTINGS, key)) {
      timeouts[SETTINGS[key as Setting]] = durationOf(key, value);
      continue;
    }
    if (key === "poolSize") {
      size = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!(size >= 1 && size <= MAX_POOL_SIZE)) throw new PoolSettingError(`the URL parameter poolSize=${value} is not a number of connections from 1 to ${MAX_POOL_SIZE}`);
      continue;
    }
    if (Object.hasOwn(COMPETING, key)) {
      throw new PoolSettingError(`the URL parameter ${key} is not used: set ${COMPETING[key]}=<duration> instead (for example ${COMPETING[key]}=5s)`);
    }
    if (part !== "") kept.push(part);
  }
  return { url: url.slice(0, q) + (kept.length ? `?${kept.join("&")}` : "") + (hash < 0 ? "" : url.slice(hash)), timeouts, size };
}

function durationOf(key: string, value: string): number {
  const text = value.trim();
  let ms: number;
  try {
    ms = parseDuration(/^\d+$/.test(text) ? Number(text) : text);
  } catch {
    throw new PoolSettingError(`the URL parameter ${key}=${value} is not a duration (use 5s, 500ms, 2m, a number of milliseconds, or 0 for no bound)`);
  }
  if (ms > 2_147_483_647) throw new PoolSettingError(`the URL parameter ${key}=${value} is too long (at most 24 days; 0 means no bound)`);
  return ms;
}

/** How long after the server's statement_timeout the client stops waiting: a tenth, within 100 ms and 1 s. */
const clientGrace = (queryMs: number) => Math.min(1_000, Math.max(100, Math.round(queryMs / 10)));

type PgModule = typeof pg;
type Callback = (err: Error | null | undefined, ...rest: unknown[]) => void;

/**
 * A node-postgres pool with the timeouts: pg's connectionTimeoutMillis (opening and
 * waiting for a connection), query_timeout (client side: a blackholed socket never sends
 * the server's own error) with statement_timeout (server side: the server stops the
 * statement), idleTimeoutMillis, and TCP keep-alive. A query that times out closes its
 * connection, so the pool never hands out a socket stuck behind an unanswered query.
 */
export function createPgPool(pgModule: PgModule, url: string, o: { max: number; timeouts: PoolTimeouts }): pg.Pool {
  const { connectMs, queryMs, idleMs } = o.timeouts;
  const pool = new pgModule.Pool({
    connectionString: url,
    max: o.max,
    connectionTimeoutMillis: connectMs,
    idleTimeoutMillis: idleMs,
    // The server stops a slow statement at queryTimeout (its error keeps the connection);
    // the client gives up a moment later, when the server did not even say that.
    ...(queryMs > 0 ? { statement_timeout: queryMs, query_timeout: queryMs + clientGrace(queryMs) } : {}),
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  pool.on("error", () => {}); // idle-client errors surface on the next query instead
  const broken = new WeakSet<pg.PoolClient>();

  pool.on("connect", (client) => {
    // A connection dropped while checked out reports on the query (or here): never an unhandled 'error'.
    client.on("error", () => {});
    const query = client.query.bind(client) as (...a: unknown[]) => unknown;
    const timedOut = (e: unknown): unknown => {
      if (!(e instanceof Error)) return e;
      // The server's statement_timeout (57014 is also a cancel on request: told apart by its message).
      if ((e as { code?: string }).code === "57014" && /statement timeout/.test(e.message)) return statementTimedOut(queryMs);
      // node-postgres gives its client-side timeout no code: this is the message of its query_timeout.
      if (e.message !== "Query read timeout") return e;
      broken.add(client);
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      return queryTimedOut(queryMs);
    };
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const last = args.length - 1;
      const cb = args[last];
      if (typeof cb === "function") {
        args[last] = (err: unknown, ...rest: unknown[]) => (cb as Callback)(err ? (timedOut(err) as Error) : (err as null), ...rest);
        return query(...args);
      }
      const r = query(...args);
      if (r instanceof Promise) return r.catch((e) => Promise.reject(timedOut(e)));
      return r; // a submittable (cursor): it reports its own errors
    };
  });

  const connect = pool.connect.bind(pool) as (cb?: Callback) => Promise<pg.PoolClient> | void;
  const translate = (e: Error): Error => {
    if (e.message === "timeout exceeded when trying to connect") return poolTimedOut(connectMs, o.max);
    if (e.message === "Connection terminated due to connection timeout") return connectTimedOut(connectMs);
    return e;
  };
  const checkedOut = (client: pg.PoolClient): pg.PoolClient => {
    // A client whose query timed out leaves the pool when released, even released without an error.
    const release = client.release;
    client.release = (err?: Error | boolean) => release(err || (broken.has(client) ? new Error("closed after a query timeout") : undefined));
    return client;
  };
  (pool as { connect: unknown }).connect = (cb?: Callback) => {
    if (cb) return connect((err, client, done) => (err ? cb(translate(err)) : cb(err, checkedOut(client as pg.PoolClient), done)));
    return (connect() as Promise<pg.PoolClient>).then(checkedOut, (e: Error) => Promise.reject(translate(e)));
  };
  return pool;
}

/** What this file needs of a mysql2 connection (callback API). */
interface MysqlConnection {
  query(...args: unknown[]): unknown;
  destroy(): void;
  stream?: { destroy(): void };
}

interface MysqlPool {
  getConnection(cb: (err: Error | null, conn: MysqlConnection) => void): void;
}

/**
 * A mysql2 pool's options for the timeouts (connectTimeout, idleTimeout, TCP keep-alive),
 * and a wrapper of the pool that gives each query a timeout and closes a connection
 * whose query timed out. MySQL and MariaDB spell a server-side statement limit
 * differently (max_execution_time, max_statement_time), so the bound is the client's.
 */
export function mysqlPoolOptions(timeouts: PoolTimeouts): Record<string, unknown> {
  return {
    connectTimeout: timeouts.connectMs, // 0: no timer
    idleTimeout: timeouts.idleMs || 2_147_483_647, // mysql2 closes a connection idle longer than this (0 would close every one at once)
    enableKeepAlive: true,
    keepAliveInitialDelay: 10_000,
  };
}

export function timedMysqlPool<P extends MysqlPool>(pool: P, timeouts: PoolTimeouts): P {
  const { connectMs, queryMs } = timeouts;
  const wrapped = new WeakSet<MysqlConnection>();
  const getConnection = pool.getConnection.bind(pool);
  pool.getConnection = (cb) =>
    getConnection((err, conn) => {
      if (err) return cb((err as { code?: string }).code === "ETIMEDOUT" ? connectTimedOut(connectMs) : err, conn);
      if (queryMs > 0 && !wrapped.has(conn)) {
        wrapped.add(conn);
        const query = conn.query.bind(conn);
        conn.query = (...args: unknown[]) => {
          const [sql, values, done] = args;
          if (typeof sql !== "string" || typeof done !== "function") return query(...args); // a stream: untimed
          return query({ sql, timeout: queryMs }, values, (e: Error | null, ...rest: unknown[]) => {
            if (e && (e as { code?: string }).code === "PROTOCOL_SEQUENCE_TIMEOUT") {
              conn.destroy(); // leaves the pool; the late answer, if any, goes nowhere
              conn.stream?.destroy(); // destroy() only half-closes: a dead peer would keep the socket
              return (done as Callback)(queryTimedOut(queryMs));
            }
            (done as Callback)(e, ...rest);
          });
        };
      }
      cb(err, conn);
    });
  return pool;
}
