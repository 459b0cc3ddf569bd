// db(): the script-facing query builder. A builder is a VM handle whose descriptor is
// the query so far as plain data (so a suspended run holding one can be snapshotted);
// each builder method returns a new handle. Terminals compile the query with Kysely for
// the connection's dialect, run it (the run suspends, the engine does not), and return
// rows as VM values. Every value is a bound parameter; every identifier is validated.

import type { Kysely } from "kysely";
import { kysely } from "./kysely.js";
import { fromHost, toHost } from "../stdlib/convert.js";
import { type Row, type VM, defineMethods } from "../stdlib/define.js";
import { runBuiltinScript } from "../stdlib/install.js";
import type { Realm } from "../vm/realm.js";
import { toStr } from "../vm/semantics.js";
import { EMPTY, KArray, KDate, KHandle, KObject, KTime, OBJECT_BYTES, elemList } from "../vm/values.js";
import { type Connection, type Connections, type DialectName, type SqliteHandle, redact } from "./connections.js";
import { SpanKind, type TraceContext, inSpan, tracing } from "../tracing.js";

type Where =
  | { bool: "and" | "or"; kind: "cmp"; col: string; op: string; value: unknown }
  | { bool: "and" | "or"; kind: "in"; col: string; values: unknown[]; not: boolean }
  | { bool: "and" | "or"; kind: "null"; col: string; not: boolean };

export interface QueryState {
  conn: string;
  table: string | null;
  select: string[];
  wheres: Where[];
  joins: Array<{ kind: "inner" | "left"; table: string; a: string; op: string; b: string }>;
  order: Array<{ col: string; dir: "asc" | "desc" }>;
  group: string[];
  limit: number | null;
  offset: number | null;
  /** Set by .allRows(): update/delete may then run without a where. */
  everyRow: boolean;
}

/** The database side of a run: connections and the transactions the run has open. */
export class DbContext {
  private open: Map<string, Kysely<any>> | null = null; // eslint-disable-line @typescript-eslint/no-explicit-any
  constructor(readonly connections: Connections) {}
  /** Open transaction per connection name, for this run (made at first use: most runs open none). */
  get tx(): Map<string, Kysely<any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
    return (this.open ??= new Map());
  }
  /** The run's open transaction on `conn`, if any (without making the map). */
  txOn(conn: string): Kysely<any> | undefined { // eslint-disable-line @typescript-eslint/no-explicit-any
    return this.open?.get(conn);
  }
  /** Whether the run has a transaction open. */
  get inTransaction(): boolean {
    return this.open !== null && this.open.size > 0;
  }
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const OPS = new Set(["=", "!=", "<>", "<", "<=", ">", ">=", "like", "not like", "ilike", "not ilike"]);

class QueryError extends Error {}

/**
 * A table or column name: ident or table.ident; in select() also table.* and *, and in
 * select()/from()/join() an alias ("x as y", any case, normalised to "x as y").
 */
export function checkIdentifier(what: string, v: unknown, allowStar = false, allowAlias = false): string {
  if (typeof v !== "string") throw new QueryError(`${what} must be a string (got ${typeof v})`);
  if (IDENT.test(v)) return v; // the common case: a plain name
  const s = v.trim();
  const [ref, alias, ...rest] = s.split(/\s+as\s+/i);
  const parts = ref!.split(".");
  const ok =
    rest.length === 0 &&
    (alias === undefined || (allowAlias && IDENT.test(alias))) &&
    parts.length <= 2 &&
    parts.every((p, i) => IDENT.test(p) || (allowStar && p === "*" && i === parts.length - 1 && alias === undefined));
  if (!ok) {
    const hint = alias !== undefined && !allowAlias ? " (aliases are only allowed in select, from and join)" : "";
    throw new QueryError(`invalid ${what} ${JSON.stringify(v)}: use plain identifiers like name, users.name or users.*${hint}`);
  }
  return alias === undefined ? ref! : `${ref} as ${alias}`;
}

function checkOp(op: unknown): string {
  const o = typeof op === "string" ? op.trim().toLowerCase() : "";
  if (!OPS.has(o)) throw new QueryError(`invalid operator ${JSON.stringify(op)} (use =, !=, <, <=, >, >=, like, ilike)`);
  return o === "!=" ? "<>" : o;
}

function newState(conn: string): QueryState {
  return { conn, table: null, select: [], wheres: [], joins: [], order: [], group: [], limit: null, offset: null, everyRow: false };
}

function stateOf(vm: VM, t: unknown): QueryState {
  if (t instanceof KHandle && t.type === "query") return t.descriptor as QueryState;
  return vm.throwType("not a query builder (start with db())");
}

function handle(vm: VM, state: QueryState): KHandle {
  vm.chargeHeap(128);
  return new KHandle(queryProtoOf(vm.realm), "query", state, null);
}

const protos = new WeakMap<Realm, KObject>();
function queryProtoOf(realm: Realm): KObject {
  return protos.get(realm)!;
}

function dbContext(vm: VM): DbContext {
  const ctx = vm.context as { db?: DbContext } | undefined;
  if (!ctx?.db) return vm.throwError("Error", "db() is not configured in this context");
  return ctx.db;
}

type ListField = "select" | "wheres" | "joins" | "order" | "group";

/** A builder method: copies the state (and the one list it appends to), applies `f`, returns a new builder. */
function step(name: string, arity: number, f: (vm: VM, s: QueryState, args: unknown[]) => void, list?: ListField): Row {
  return [name, (vm, t, args) => {
    const s = stateOf(vm, t);
    const next: QueryState = { ...s };
    if (list) (next as unknown as Record<ListField, unknown[]>)[list] = [...s[list]];
    try {
      f(vm, next, args);
    } catch (e) {
      if (e instanceof QueryError) return vm.throwError("Error", `${name}(): ${e.message}`);
      throw e;
    }
    return handle(vm, next);
  }, arity];
}

/** A value to bind: primitives as they are, time values and Dates as host Dates (each driver formats them for its dialect). */
function plain(v: unknown): unknown {
  if (v === EMPTY) return undefined; // an array's hole
  if (v instanceof KTime) return new Date(v.ms);
  if (v instanceof KDate) {
    if (v.t !== v.t) throw new QueryError("an Invalid Date cannot be bound");
    return new Date(v.t);
  }
  if (v instanceof KObject) throw new QueryError("values must be strings, numbers, booleans, null, times or Dates");
  return v;
}

/** SQLite cannot bind a Date: time values go there as ISO-8601 text (how SQLite stores times). */
function bindFor(dialect: DialectName, v: unknown): unknown {
  return dialect === "sqlite" && v instanceof Date ? v.toISOString() : v;
}

function rowFor(dialect: DialectName, row: Record<string, unknown>): Record<string, unknown> {
  if (dialect !== "sqlite") return row;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = bindFor(dialect, v);
  return out;
}

/** An object of column → value from a script (keys validated, values bound). */
function columnValues(v: KObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [col, val] of Object.entries(v.props)) {
    if (v.hidden?.has(col)) continue;
    checkIdentifier("column", col);
    out[col] = plain(val);
  }
  return out;
}

function where(bool: "and" | "or") {
  return (vm: VM, s: QueryState, args: unknown[]) => {
    const [a, b, c] = args;
    if (a instanceof KObject && !(a instanceof KArray) && args.length === 1) {
      for (const [col, value] of Object.entries(columnValues(a))) s.wheres.push({ bool, kind: "cmp", col, op: "=", value });
      return;
    }
    if (args.length === 2) s.wheres.push({ bool, kind: "cmp", col: checkIdentifier("column", a), op: "=", value: plain(b) });
    else if (args.length === 3) s.wheres.push({ bool, kind: "cmp", col: checkIdentifier("column", a), op: checkOp(b), value: plain(c) });
    else throw new QueryError("expected (column, value), (column, operator, value) or ({column: value})");
    void vm;
  };
}

function positiveInt(what: string, v: unknown): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new QueryError(`${what} must be a non-negative integer`);
  return v;
}

const builder: Row[] = [
  step("from", 1, (_vm, s, [t]) => void (s.table = checkIdentifier("table", t, false, true))),
  step("table", 1, (_vm, s, [t]) => void (s.table = checkIdentifier("table", t, false, true))),
  step("select", 1, (_vm, s, args) => {
    const cols = args.length === 1 && args[0] instanceof KArray ? elemList(args[0].items) : args;
    for (const c of cols) s.select.push(checkIdentifier("column", c, true, true));
  }, "select"),
  step("where", 3, where("and"), "wheres"),
  step("orWhere", 3, where("or"), "wheres"),
  step("whereIn", 2, (_vm, s, [col, list]) => {
    if (!(list instanceof KArray)) throw new QueryError("expects (column, array of values)");
    s.wheres.push({ bool: "and", kind: "in", col: checkIdentifier("column", col), values: list.items.map(plain), not: false });
  }, "wheres"),
  step("whereNotIn", 2, (_vm, s, [col, list]) => {
    if (!(list instanceof KArray)) throw new QueryError("expects (column, array of values)");
    s.wheres.push({ bool: "and", kind: "in", col: checkIdentifier("column", col), values: list.items.map(plain), not: true });
  }, "wheres"),
  step("whereNull", 1, (_vm, s, [col]) => void s.wheres.push({ bool: "and", kind: "null", col: checkIdentifier("column", col), not: false }), "wheres"),
  step("whereNotNull", 1, (_vm, s, [col]) => void s.wheres.push({ bool: "and", kind: "null", col: checkIdentifier("column", col), not: true }), "wheres"),
  step("join", 4, (_vm, s, args) => void s.joins.push(joinOf("inner", args)), "joins"),
  step("leftJoin", 4, (_vm, s, args) => void s.joins.push(joinOf("left", args)), "joins"),
  step("orderBy", 2, (_vm, s, [col, dir]) => {
    const d = dir === undefined ? "asc" : typeof dir === "string" ? dir.toLowerCase() : "";
    if (d !== "asc" && d !== "desc") throw new QueryError(`direction must be "asc" or "desc" (got ${JSON.stringify(dir)})`);
    s.order.push({ col: checkIdentifier("column", col), dir: d });
  }, "order"),
  step("groupBy", 1, (_vm, s, args) => {
    for (const c of args) s.group.push(checkIdentifier("column", c));
  }, "group"),
  step("skip", 1, (_vm, s, [n]) => void (s.offset = positiveInt("skip()", n))),
  step("limit", 1, (_vm, s, [n]) => void (s.limit = positiveInt("limit()", n))),
  step("allRows", 0, (_vm, s) => void (s.everyRow = true)),
];

function joinOf(kind: "inner" | "left", args: unknown[]) {
  const [table, a, op, b] = args.length === 3 ? [args[0], args[1], "=", args[2]] : args;
  const o = typeof op === "string" ? op.trim() : "";
  if (!["=", "<>", "!=", "<", "<=", ">", ">="].includes(o)) throw new QueryError(`invalid join operator ${JSON.stringify(op)}`);
  return { kind, table: checkIdentifier("table", table, false, true), a: checkIdentifier("column", a), op: o === "!=" ? "<>" : o, b: checkIdentifier("column", b) };
}

// ------------------------------------------------------------------ compile

type AnyQB = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function applyWheres(q: AnyQB, s: QueryState, dialect: DialectName): AnyQB {
  if (s.wheres.length === 0) return q;
  // Plain comparisons joined by AND: Kysely's direct form, without an expression builder.
  if (s.wheres.every((w) => w.kind === "cmp" && w.bool === "and" && w.value !== null && !w.op.includes("ilike"))) {
    for (const w of s.wheres as Array<Extract<Where, { kind: "cmp" }>>) q = q.where(w.col, w.op, bindFor(dialect, w.value));
    return q;
  }
  return q.where((eb: AnyQB) => {
    let expr: AnyQB = null;
    for (const w of s.wheres) {
      let e: AnyQB;
      if (w.kind === "cmp" && (w.op === "ilike" || w.op === "not ilike") && dialect !== "postgres") {
        // Case-insensitive LIKE where the database has no ILIKE: lower() on both sides.
        const value = typeof w.value === "string" ? w.value.toLowerCase() : bindFor(dialect, w.value);
        e = eb(eb.fn("lower", [eb.ref(w.col)]), w.op === "ilike" ? "like" : "not like", value);
      } else if (w.kind === "cmp") e = w.value === null && w.op === "=" ? eb(w.col, "is", null) : eb(w.col, w.op, bindFor(dialect, w.value));
      else if (w.kind === "null") e = eb(w.col, w.not ? "is not" : "is", null);
      else if (w.values.length === 0) e = eb(eb.lit(1), "=", eb.lit(w.not ? 1 : 0)); // x IN () is never true
      else e = eb(w.col, w.not ? "not in" : "in", w.values.map((v) => bindFor(dialect, v)));
      expr = expr === null ? e : w.bool === "or" ? eb.or([expr, e]) : eb.and([expr, e]);
    }
    return expr;
  });
}

function selectQuery(k: Kysely<any>, s: QueryState, dialect: DialectName): AnyQB { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!s.table) throw new QueryError("no table: start with db().from(\"table\")");
  let q: AnyQB = k.selectFrom(s.table);
  for (const j of s.joins) {
    const on = (jb: AnyQB) => jb.onRef(j.a, j.op, j.b);
    q = j.kind === "inner" ? q.innerJoin(j.table, on) : q.leftJoin(j.table, on);
  }
  q = applyWheres(q, s, dialect);
  if (s.group.length) q = q.groupBy(s.group);
  for (const o of s.order) q = q.orderBy(o.col, o.dir);
  if (s.limit !== null) q = q.limit(s.limit);
  if (s.offset !== null) {
    if (s.limit === null) q = q.limit(Number.MAX_SAFE_INTEGER);
    q = q.offset(s.offset);
  }
  return q;
}

/** The compiled SQL and parameters of a select, for tests and `explain`. */
export function compileSelect(k: Kysely<any>, s: QueryState, dialect: DialectName = "sqlite"): { sql: string; parameters: readonly unknown[] } { // eslint-disable-line @typescript-eslint/no-explicit-any
  const c = selectWith(k, s, dialect).compile();
  return { sql: c.sql, parameters: c.parameters };
}

// ------------------------------------------------------------------ execute

/** Runs `f` on the run's transaction or the connection; wraps failures with the table and the database's message. */
function run<T>(db: DbContext, s: QueryState, f: (k: Kysely<any>, conn: Connection) => Promise<T>): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const fail = (e: unknown): never => {
    if (e instanceof QueryError) throw new Error(e.message);
    const msg = redact(String((e as Error)?.message ?? e));
    throw new Error(`query on ${s.table ?? "(raw sql)"} failed (${s.conn}): ${msg}`);
  };
  const go = (conn: Connection): Promise<T> => {
    try {
      return f(db.txOn(s.conn) ?? conn.kysely, conn).then(undefined, fail);
    } catch (e) {
      return Promise.reject(e).then(undefined, fail);
    }
  };
  // An open connection is used at once (no extra turn of the event loop).
  const open = db.connections.opened(s.conn);
  return open ? go(open) : db.connections.get(s.conn).then(go, fail);
}

function rows(vm: VM, list: unknown[]): unknown {
  const realm = vm.realm;
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = rowToGuest(realm, list[i]);
  vm.chargeHeap(OBJECT_BYTES * (list.length + 1));
  return new KArray(realm.ArrayProto, out);
}

/**
 * A driver row → a VM object in one pass: bigints as numbers when safe (else strings),
 * dates as time values, other non-primitive values (JSON, buffers) through fromHost.
 */
function rowToGuest(realm: Realm, row: unknown): unknown {
  if (row === null || typeof row !== "object") return row;
  const o = new KObject(realm.ObjectProto);
  const props = o.props;
  for (const k in row as Record<string, unknown>) {
    const v = (row as Record<string, unknown>)[k];
    switch (typeof v) {
      case "bigint":
        props[k] = Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
        break;
      case "object":
        props[k] = v === null ? null : fromHost(realm, v);
        break;
      default:
        props[k] = v;
    }
  }
  return o;
}

function terminal(name: string, arity: number, f: (vm: VM, s: QueryState, db: DbContext, args: unknown[]) => unknown): Row {
  return [name, (vm, t, args) => {
    const s = stateOf(vm, t);
    const db = dbContext(vm);
    try {
      if (tracing) return tracedQuery(vm, name, s, db, () => f(vm, s, db, args));
      return f(vm, s, db, args);
    } catch (e) {
      if (e instanceof QueryError) return vm.throwError("Error", `${name}(): ${e.message}`);
      throw e;
    }
  }, arity];
}

/** A terminal inside a client span, child of the run's span: `db <terminal> <table>` (the SQL's values are not recorded). */
function tracedQuery(vm: VM, name: string, s: QueryState, db: DbContext, f: () => unknown): unknown {
  const parent = (vm.context as { trace?: TraceContext } | undefined)?.trace;
  const dialect = db.connections.opened(s.conn)?.dialect;
  const attrs: Record<string, string> = { "db.operation.name": name, "kitwork.db.connection": s.conn };
  if (s.table) attrs["db.collection.name"] = s.table;
  if (dialect) attrs["db.system.name"] = dialect === "postgres" ? "postgresql" : dialect;
  return inSpan(parent, s.table ? `db ${name} ${s.table}` : `db ${name}`, SpanKind.CLIENT, attrs, f);
}

function idOf(v: unknown): unknown {
  if (typeof v === "bigint") return Number.isSafeInteger(Number(v)) ? Number(v) : String(v);
  return v;
}

function insertValues(vm: VM, v: unknown): Record<string, unknown>[] {
  const list = v instanceof KArray ? elemList(v.items) : [v];
  if (list.length === 0) throw new QueryError("nothing to insert");
  return list.map((r) => {
    if (!(r instanceof KObject) || r instanceof KArray) throw new QueryError("rows must be objects");
    return columnValues(r);
  });
  void vm;
}

/**
 * SQLite's driver is synchronous: outside a transaction, a select runs at once on the
 * driver (the same SQL Kysely compiles, the same bound values) and the run does not
 * suspend. Returns undefined when the query must take the asynchronous path.
 */
const statements = new WeakMap<SqliteHandle, Map<string, ReturnType<SqliteHandle["prepare"]>>>();

function sqliteNow(db: DbContext, s: QueryState, mode: "all" | "get", build: (k: Kysely<any>) => AnyQB): { rows: unknown } | undefined { // eslint-disable-line @typescript-eslint/no-explicit-any
  const conn = db.connections.opened(s.conn);
  // Not while any run has a transaction open on this connection: it shares the driver's handle.
  if (!conn?.sqlite || db.txOn(s.conn) !== undefined || db.connections.txOpen(s.conn)) return undefined;
  const compiled = build(conn.kysely).compile();
  let cache = statements.get(conn.sqlite);
  if (!cache) statements.set(conn.sqlite, (cache = new Map()));
  try {
    let stmt = cache.get(compiled.sql);
    if (!stmt) {
      stmt = conn.sqlite.prepare(compiled.sql);
      if (cache.size < 500) cache.set(compiled.sql, stmt);
    }
    const params = compiled.parameters as unknown[];
    return { rows: mode === "all" ? stmt.all(...params) : stmt.get(...params) };
  } catch (e) {
    throw new Error(`query on ${s.table ?? "(raw sql)"} failed (${s.conn}): ${redact(String((e as Error)?.message ?? e))}`);
  }
}

const terminals: Row[] = [
  terminal("take", 1, (vm, s, db, [n]) => {
    const q: QueryState = { ...s, limit: positiveInt("take()", n) };
    const now = sqliteNow(db, q, "all", (k) => selectWith(k, q, "sqlite"));
    if (now) return rows(vm, now.rows as unknown[]);
    // Selects chain .then() rather than await: one promise less per query on the hot path.
    return run(db, q, (k, conn) => selectWith(k, q, conn.dialect).execute().then((r: unknown[]) => rows(vm, r)));
  }),
  terminal("all", 0, (vm, s, db) => {
    const now = sqliteNow(db, s, "all", (k) => selectWith(k, s, "sqlite"));
    if (now) return rows(vm, now.rows as unknown[]);
    return run(db, s, (k, conn) => selectWith(k, s, conn.dialect).execute().then((r: unknown[]) => rows(vm, r)));
  }),
  terminal("first", 0, (vm, s, db) => {
    const q = { ...s, limit: 1 };
    const now = sqliteNow(db, q, "get", (k) => selectWith(k, q, "sqlite"));
    if (now) return now.rows === undefined ? null : rowToGuest(vm.realm, now.rows);
    return run(db, s, (k, conn) => selectWith(k, q, conn.dialect).executeTakeFirst().then((r: unknown) => (r === undefined ? null : rowToGuest(vm.realm, r))));
  }),
  terminal("find", 1, (vm, s, db, [id]) => run(db, s, async (k, conn) => {
    const q = { ...s, wheres: [...s.wheres, { bool: "and" as const, kind: "cmp" as const, col: "id", op: "=", value: plain(id) }], limit: 1 };
    const r = await selectWith(k, q, conn.dialect).executeTakeFirst();
    return r === undefined ? null : rowToGuest(vm.realm, r);
  })),
  terminal("count", 1, (_vm, s, db, [col]) => run(db, s, async (k, conn) => {
    const c = col === undefined ? "*" : checkIdentifier("column", col);
    const grouped = s.group.length > 0 || s.limit !== null || s.offset !== null;
    const r = await aggregate(k, s, conn.dialect, (eb: AnyQB) => eb.fn.count(c === "*" || grouped ? eb.lit(1) : c).as("count")).executeTakeFirst();
    return Number(idOf(r?.count ?? 0));
  })),
  terminal("sum", 1, (_vm, s, db, [col]) => run(db, s, async (k, conn) => {
    const c = checkIdentifier("column", col);
    if (s.group.length) throw new QueryError("sum() with groupBy(): select the sums with raw() instead");
    const r = await aggregate(k, s.limit === null && s.offset === null ? s : { ...s, select: [c] }, conn.dialect, (eb: AnyQB) => eb.fn.sum(s.limit === null && s.offset === null ? c : c.split(".").pop()!).as("sum")).executeTakeFirst();
    return r?.sum === null || r?.sum === undefined ? 0 : Number(idOf(r.sum));
  })),
  terminal("insert", 1, (_vm, s, db, [v]) => run(db, s, async (k, conn) => {
    if (!s.table) throw new QueryError("no table: start with db().from(\"table\")");
    const values = insertValues(_vm, v).map((row) => rowFor(conn.dialect, row));
    const single = !(v instanceof KArray);
    if (conn.dialect === "postgres") {
      const out = await k.insertInto(s.table).values(values).returningAll().execute();
      const ids = out.map((r: Record<string, unknown>) => idOf(r.id ?? null));
      return fromHost(_vm.realm, single ? ids[0] : ids);
    }
    const r = await k.insertInto(s.table).values(values).executeTakeFirst();
    const id = Number(r.insertId ?? 0);
    // One statement inserts consecutive ids: SQLite reports the last, MySQL the first.
    // A row that gives its own id keeps it.
    const first = conn.dialect === "mysql" ? id : id - values.length + 1;
    const ids = values.map((row, i) => (row.id !== undefined && row.id !== null ? idOf(row.id) : first + i));
    return fromHost(_vm.realm, single ? ids[0] : ids);
  })),
  terminal("update", 1, (_vm, s, db, [v]) => run(db, s, async (k, conn) => {
    if (!s.table) throw new QueryError("no table: start with db().from(\"table\")");
    if (s.wheres.length === 0 && !s.everyRow) throw new QueryError(`refusing to update every row of ${s.table} without where(); chain .allRows() first to do so on purpose`);
    if (!(v instanceof KObject) || v instanceof KArray) throw new QueryError("expects an object of column values");
    if (s.limit !== null || s.offset !== null) throw new QueryError("update() does not take limit(), take() or skip(): narrow it with where()");
    const values = rowFor(conn.dialect, columnValues(v));
    const r = await applyWheres(k.updateTable(s.table).set(values), s, conn.dialect).executeTakeFirst();
    return Number(idOf(r.numUpdatedRows ?? 0));
  })),
  terminal("delete", 0, (_vm, s, db) => run(db, s, async (k, conn) => {
    if (!s.table) throw new QueryError("no table: start with db().from(\"table\")");
    if (s.limit !== null || s.offset !== null) throw new QueryError("delete() does not take limit(), take() or skip(): narrow it with where()");
    if (s.wheres.length === 0 && !s.everyRow) throw new QueryError(`refusing to delete every row of ${s.table} without where(); chain .allRows() first to do so on purpose`);
    const r = await applyWheres(k.deleteFrom(s.table), s, conn.dialect).executeTakeFirst();
    return Number(idOf(r.numDeletedRows ?? 0));
  })),
  terminal("raw", 2, (vm, s, db, [sqlText, params]) => run(db, { ...s, table: null }, async (k, conn) => {
    if (typeof sqlText !== "string") throw new QueryError("expects (sql, [params])");
    if (params !== undefined && !(params instanceof KArray)) throw new QueryError("params must be an array");
    if (statementCount(sqlText, conn.dialect) > 1) throw new QueryError(`raw() runs one statement; this SQL has more than one (give each its own raw() call, inside db().transaction() to run them together)`);
    const list = params === undefined ? [] : params.items.map((p) => bindFor(conn.dialect, plain(p)));
    const text = conn.dialect === "postgres" ? numberPlaceholders(sqlText) : sqlText;
    const r = await k.executeQuery(kysely().CompiledQuery.raw(text, list as unknown[]));
    if (r.rows.length || /^\s*(select|with|show|pragma|explain)\b/i.test(sqlText)) return rows(vm, r.rows as unknown[]);
    return fromHost(vm.realm, { affected: Number(idOf(r.numAffectedRows ?? 0)), insertId: idOf(r.insertId ?? null) });
  })),
];

/** The select list: `*` and `t.*` through selectAll, the rest as columns. */
function selectWith(k: Kysely<any>, s: QueryState, dialect: DialectName): AnyQB { // eslint-disable-line @typescript-eslint/no-explicit-any
  let q = selectQuery(k, s, dialect);
  if (s.select.length === 0) return q.selectAll();
  const cols: string[] = [];
  for (const c of s.select) {
    if (c === "*") q = q.selectAll();
    else if (c.endsWith(".*")) q = q.selectAll(c.slice(0, -2));
    else cols.push(c);
  }
  return cols.length ? q.select(cols) : q;
}

/** count()/sum() over a query with groupBy/limit/skip: over its rows, as a subquery. */
function aggregate(k: Kysely<any>, s: QueryState, dialect: DialectName, fn: (eb: AnyQB) => AnyQB): AnyQB { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (s.group.length === 0 && s.limit === null && s.offset === null) return selectQuery(k, { ...s, order: [] }, dialect).select(fn);
  const inner = selectWith(k, { ...s, select: s.group.length ? s.group : s.select.length ? s.select : ["*"] }, dialect).as("kw_rows");
  return k.selectFrom(inner).select(fn);
}

/**
 * How many statements a SQL text holds: top-level semicolons followed by more than
 * whitespace and comments, as each dialect reads strings ('…', MySQL's "…" and
 * backslash escapes, PostgreSQL's E'…' and $tag$…$tag$), identifiers ("…", `…`) and
 * comments (--, /* *\/ nested on PostgreSQL, MySQL's #). raw() refuses more than one
 * before anything is sent, with the same message on every database; the drivers hold
 * the same line on their own (SQLite prepares one statement, mysql2 is not configured
 * for multiple statements, PostgreSQL gets every query with the extended protocol).
 */
export function statementCount(sql: string, dialect: DialectName): number {
  if (!sql.includes(";")) return 1;
  let count = 0;
  let open = false; // the current statement has something besides whitespace and comments
  const n = sql.length;
  const skipQuoted = (i: number, q: string, backslash: boolean): number => {
    for (let j = i + 1; j < n; j++) {
      const c = sql[j];
      if (backslash && c === "\\") j++;
      else if (c === q) {
        if (sql[j + 1] === q) j++;
        else return j + 1;
      }
    }
    return n;
  };
  for (let i = 0; i < n; ) {
    const c = sql[i]!;
    if (c === ";") {
      if (open) count++;
      open = false;
      i++;
    } else if ((c === "-" && sql[i + 1] === "-" && (dialect !== "mysql" || !/\S/.test(sql[i + 2] ?? " "))) || (c === "#" && dialect === "mysql")) {
      // A line comment (MySQL's -- needs a space after it: 1--1 is arithmetic there).
      const end = sql.indexOf("\n", i);
      i = end < 0 ? n : end + 1;
    } else if (c === "/" && sql[i + 1] === "*") {
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] === "*" && sql[j + 1] === "/") {
          depth--;
          j += 2;
        } else if (dialect === "postgres" && sql[j] === "/" && sql[j + 1] === "*") {
          depth++;
          j += 2;
        } else j++;
      }
      i = j;
    } else if (/\s/.test(c)) i++;
    else {
      open = true;
      if (c === "'") {
        const escaped = dialect === "mysql" || (dialect === "postgres" && /[eE]/.test(sql[i - 1] ?? "") && !/[\w$]/.test(sql[i - 2] ?? ""));
        i = skipQuoted(i, "'", escaped);
      } else if (c === '"') i = skipQuoted(i, '"', dialect === "mysql");
      else if (c === "`") i = skipQuoted(i, "`", false);
      else if (c === "$" && dialect === "postgres") {
        const tag = /^\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 200));
        if (tag && !/[\w$]/.test(sql[i - 1] ?? "")) {
          const end = sql.indexOf(tag[0], i + tag[0].length);
          i = end < 0 ? n : end + tag[0].length;
        } else i++;
      } else i++;
    }
  }
  return count + (open ? 1 : 0);
}

/** `?` placeholders → `$1, $2…` for PostgreSQL (outside quoted strings and identifiers). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let out = "";
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === "?") out += `$${++n}`;
    else out += ch;
  }
  return out;
}

// ------------------------------------------------------------------ transactions

const TX_SOURCE = String.raw`
return function (I) {
  return {
    "Query.prototype.transaction": function transaction(fn) {
      if (!I.isCallable(fn)) throw new TypeError("transaction() expects a function");
      const tx = I.begin(this);
      let result;
      try {
        result = fn();
      } catch (e) {
        I.rollback(tx);
        throw e;
      }
      I.commit(tx);
      return result;
    },
  };
};
`;

const txIntrinsics: Row[] = [
  ["isCallable", (_vm, _t, a) => a[0] instanceof KObject && typeof (a[0] as { fnName?: string }).fnName === "string", 1],
  ["begin", (vm, _t, a) => {
    const s = stateOf(vm, a[0]);
    const db = dbContext(vm);
    if (db.txOn(s.conn) !== undefined) return vm.throwError("Error", `transaction(): a transaction on ${s.conn} is already open (nested transactions are not supported)`);
    return db.connections.get(s.conn).then(async (conn) => {
      db.connections.txStarted(s.conn);
      let trx;
      try {
        trx = await conn.kysely.startTransaction().execute();
      } catch (e) {
        db.connections.txEnded(s.conn);
        throw e;
      }
      db.tx.set(s.conn, trx);
      return new KHandle(queryProtoOf(vm.realm), "tx", { conn: s.conn }, null);
    });
  }, 1],
  ["commit", (vm, _t, a) => finish(vm, a[0], "commit"), 1],
  ["rollback", (vm, _t, a) => finish(vm, a[0], "rollback"), 1],
];

function finish(vm: VM, h: unknown, how: "commit" | "rollback"): Promise<unknown> {
  const conn = ((h as KHandle).descriptor as { conn: string }).conn;
  const db = dbContext(vm);
  const trx = db.tx.get(conn) as unknown as { commit(): { execute(): Promise<void> }; rollback(): { execute(): Promise<void> } } | undefined;
  db.tx.delete(conn);
  if (!trx) return Promise.resolve(undefined);
  return (how === "commit" ? trx.commit() : trx.rollback()).execute().then(
    () => void db.connections.txEnded(conn),
    (e) => {
      db.connections.txEnded(conn);
      throw e;
    },
  );
}

/** Rolls back what a run left open (it ended by an error or a limit inside a transaction). */
export async function closeRunTransactions(db: DbContext | undefined): Promise<void> {
  if (!db) return;
  for (const [conn, trx] of db.tx) {
    db.tx.delete(conn);
    await (trx as unknown as { rollback(): { execute(): Promise<void> } }).rollback().execute().catch(() => {});
    db.connections.txEnded(conn);
  }
}

// ------------------------------------------------------------------ install

/** Installs Query.prototype into a realm; `db(name?)` returns a builder on that connection. */
export function installQueryBuilder(realm: Realm): (vm: VM, args: unknown[]) => unknown {
  const proto = new KObject(realm.ObjectProto);
  realm.register("Query.prototype", proto);
  protos.set(realm, proto);
  defineMethods(realm, proto, "Query.prototype", [...builder, ...terminals]);
  const tx = runBuiltinScript(realm, TX_SOURCE, "%db", txIntrinsics);
  realm.define(proto, "transaction", tx["Query.prototype.transaction"]);
  return (vm, args) => {
    const name = args[0] === undefined ? "default" : toStr(vm, args[0]);
    const db = dbContext(vm);
    if (!db.connections.has(name)) return vm.throwError("Error", `no database connection named "${name}" (configure KITWORK_DB_${name.toUpperCase()})`);
    return handle(vm, newState(name));
  };
}
