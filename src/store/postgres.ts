// The cluster store: PostgreSQL through pg. Claims use FOR UPDATE SKIP LOCKED, so
// nodes never wait on each other's jobs; cron slots are claimed by unique insert.

import { randomUUID } from "node:crypto";
import { timeOrderedId } from "../ids.js";
import { redact } from "../db/connections.js";
import { PoolSettingError, createPgPool, poolSettings } from "../db/pools.js";
import pg from "pg";
import { DURABLE_CLAIM_ORDER, NODE_COLUMNS, RUN_COLUMNS, RUN_COLUMN_TYPES, listNodesSql, mergeRuns, nodeParams, runFilterSql, runParams, toDurable, toJob, toNode, toRun, upsertNodeSql, upsertRunsSql } from "./rows.js";
import { POSTGRES_TYPES, SCHEMA_VERSION, upgradePlan } from "./schema.js";
import { INSERT_PACK_SQL, INSERT_PACK_SQL_FROM, PACK_COLUMNS, PRUNE_PACKS_SQL, getRunWithPacks, listRunsWithPacks, packRuns } from "./run-packs.js";
import { DEPLOYMENT_SELECT, DEPLOY_LOCK, type Deployment, type DeploymentFile, type NewDeployment, decodeFile, encodeFile, toDeployment } from "./deployments.js";
import { type CheckpointNext, checkpointClaim, checkpointState } from "./store.js";
import {
  type CheckpointInput, type ClaimRequest, type DurableRecord, type DurableState, type HeldLeases, type Job, type JobDone, type JobListener, type JobState, NODE_FORGET_MS, type NodeInfo, type NodeRecord, type PushOptions, type RateTake, type RunFilter, type RunRecord, type RunStatus, type Store, type StoreStats, STATS_SQL, StoreError, encodePayload, statsOf,
} from "./store.js";

/** Rows per statement of recordRuns: 13 parameters a row stays far below PostgreSQL's 65535. */
const RUNS_PER_STATEMENT = 500;

/** Thrown inside a transaction to roll it back and try the operation again. */
class Retry extends Error {}

const marks = (from: number, n: number) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(", ");

const INSERT_RUN = upsertRunsSql(`VALUES (${marks(1, RUN_COLUMNS.length)})`);
const INSERT_PACK = INSERT_PACK_SQL((n) => `$${n}`);
const pgMark = (n: number) => `$${n}`;

/**
 * Inserts the run (parameters from $offset+1) only when the CTE `u` updated the job. Outside
 * a VALUES list PostgreSQL does not infer parameter types from the columns, hence the casts.
 */
const runFromUpdate = (offset: number) =>
  upsertRunsSql(`SELECT ${RUN_COLUMN_TYPES.map((t, i) => `$${offset + i + 1}::${POSTGRES_TYPES[t]}`).join(", ")} WHERE EXISTS (SELECT 1 FROM u)`);

/** A held checkpoint's run record (parameters from $13), written only when the CTE `u` wrote the run's row. */
const CHECKPOINT_RUN = runFromUpdate(12);

/** The database server's clock, in epoch milliseconds (the time of the call, not of the transaction's start). */
const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/**
 * The jobs of queue $1 a claim at $4 may take, up to `limit` (an SQL expression), locked and
 * skipping those another claim holds: first jobs leased under an expired lease (a node that
 * died, by the end of its lease: kw_jobs_leased), then pending jobs due by then, oldest first
 * (kw_jobs_pending). Each is read off its own partial index from its start, so a claim
 * reads what it takes — not the jobs leased ahead of it, nor finished ones. Ends in `c`, the
 * ids claimed, which the UPDATE reads as an array (`id = ANY (ARRAY(…))`): the planner cannot
 * tell a LIMIT of an expression is small, and with `id IN (…)` it chose a scan of the whole table.
 */
const claimable = (limit: string): string => `x AS (SELECT id FROM kw_jobs WHERE queue = $1 AND state = 'leased' AND lease_until < $4 ORDER BY lease_until LIMIT ${limit} FOR UPDATE SKIP LOCKED),
  p AS (SELECT id FROM kw_jobs WHERE queue = $1 AND state = 'pending' AND run_at <= $4 ORDER BY run_at LIMIT GREATEST(0, ${limit} - (SELECT COUNT(*) FROM x)) FOR UPDATE SKIP LOCKED),
  c AS (SELECT id FROM x UNION ALL SELECT id FROM p)`;

const COMPLETE_JOB = `UPDATE kw_jobs SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = $1 WHERE id = $2 AND state = 'leased' AND lease_owner = $3`;
const FAIL_JOB = `UPDATE kw_jobs SET state = CASE WHEN $4::bigint IS NULL THEN 'dead' ELSE 'pending' END, error = $5, run_at = COALESCE($4::bigint, run_at),
  lease_owner = NULL, lease_until = NULL, updated_at = $1 WHERE id = $2 AND state = 'leased' AND lease_owner = $3`;

/**
 * The channel of job wake-ups: one per schema (channels are database-wide; stores in other
 * schemas of the database are not woken), a fixed-length identifier whatever the schema's name.
 */
const JOB_CHANNEL = `'kw_jobs_' || left(md5(current_schema()), 16)`;

/** A wake-up for the jobs a statement inserted (CTE `ins` returning queue and run_at): delivered when its transaction commits. */
const NOTIFY_INSERTED = `pg_notify(${JOB_CHANNEL}, ins.run_at || ' ' || ins.queue)`;

/** Completions sent together in one statement at most. */
const COMPLETIONS_PER_STATEMENT = 200;

/** Statements of batched completions in flight at once (the rest wait and go in the next batch). */
const COMPLETION_STATEMENTS = 2;

interface Completion {
  jobId: string;
  owner: string;
  run: RunRecord | null;
  resolve: (kept: boolean) => void;
  reject: (e: unknown) => void;
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  private readonly completions: Completion[] = [];
  private completing = 0;
  private constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    private readonly connectMs: number,
  ) {}

  /** The URL's connectTimeout, queryTimeout and idleTimeout bound the pool (db/pools.ts); a malformed one is refused. */
  static async open(url: string): Promise<PostgresStore> {
    let settings;
    try {
      settings = poolSettings(url);
    } catch (e) {
      if (e instanceof PoolSettingError) throw new StoreError(`the store ${redact(url)}: ${e.message}`);
      throw e;
    }
    return new PostgresStore(createPgPool(pg, settings.url, { max: settings.size, timeouts: settings.timeouts }), settings.url, settings.timeouts.connectMs);
  }

  private async tx<T>(f: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      const r = await f(c);
      await c.query("COMMIT");
      return r;
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      // One node migrates at a time.
      await c.query("SELECT pg_advisory_xact_lock(812301)");
      // The schema version lives in kw_meta (SQLite keeps it in PRAGMA user_version).
      await c.query(`CREATE TABLE IF NOT EXISTS kw_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      const r = await c.query(`SELECT value FROM kw_meta WHERE key = 'schema'`);
      const current = r.rows.length ? Number(r.rows[0].value) : 0;
      if (current === SCHEMA_VERSION) return;
      for (const statement of upgradePlan(current, POSTGRES_TYPES)) await c.query(statement);
      await c.query(`INSERT INTO kw_meta (key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [String(SCHEMA_VERSION)]);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async putVersion(v: { hash: string; file: string; name: string; source: string }): Promise<void> {
    await this.pool.query(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING`, [v.hash, v.file, v.name, v.source, Date.now()]);
  }

  async getVersion(hash: string) {
    const r = await this.pool.query(`SELECT hash, file, name, source FROM kw_versions WHERE hash = $1`, [hash]);
    return r.rows[0] ?? null;
  }

  async pushJob(queue: string, payload: unknown, opts: PushOptions): Promise<{ id: string; deduped: boolean }> {
    const text = encodePayload(payload);
    const id = timeOrderedId();
    const now = Date.now();
    if (opts.key && opts.ttlMs) return this.pushHeld(queue, text, opts.key, opts.ttlMs, opts);
    if (!opts.key) {
      await this.pool.query(
        `WITH ins AS (INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at, trace) VALUES ($1, $2, $3, NULL, 'pending', 0, $4, $5, $5, $6) RETURNING queue, run_at)
         SELECT ${NOTIFY_INSERTED} FROM ins`,
        [id, queue, text, opts.runAt, now, opts.trace ?? null],
      );
      return { id, deduped: false };
    }
    // The partial unique index makes the key check race-free across nodes.
    const r = await this.pool.query(
      `WITH ins AS (INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at, trace) VALUES ($1, $2, $3, $4, 'pending', 0, $5, $6, $6, $7)
       ON CONFLICT (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased') DO NOTHING RETURNING id, queue, run_at)
       SELECT id, ${NOTIFY_INSERTED} FROM ins`,
      [id, queue, text, opts.key, opts.runAt, now, opts.trace ?? null],
    );
    if (r.rows.length) return { id, deduped: false };
    const existing = await this.pool.query(`SELECT id FROM kw_jobs WHERE queue = $1 AND key = $2 AND state IN ('pending', 'leased')`, [queue, opts.key]);
    if (existing.rows[0]) return { id: existing.rows[0].id, deduped: true };
    // The keyed job finished in between: this push is new after all.
    return this.pushJob(queue, payload, opts);
  }

  /**
   * A keyed push with a ttl, in one transaction: the key's window row is taken first (a
   * concurrent push of the key waits on it, then finds it), then the job is added — or a
   * pending or running job with the key is found and the window points at it.
   */
  private async pushHeld(queue: string, text: string, key: string, ttlMs: number, opts: PushOptions): Promise<{ id: string; deduped: boolean }> {
    const at = opts.now ?? Date.now();
    for (;;) {
      const r = await this.tx(async (c) => {
        const id = timeOrderedId();
        await c.query(`DELETE FROM kw_queue_keys WHERE queue = $1 AND key = $2 AND expires_at <= $3`, [queue, key, at]);
        const took = await c.query(`INSERT INTO kw_queue_keys (queue, key, job_id, expires_at, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (queue, key) DO NOTHING RETURNING job_id`, [queue, key, id, at + ttlMs, at]);
        if (!took.rows.length) {
          const held = await c.query(`SELECT job_id FROM kw_queue_keys WHERE queue = $1 AND key = $2`, [queue, key]);
          return held.rows[0] ? { id: held.rows[0].job_id as string, deduped: true } : null;
        }
        const now = Date.now();
        const ins = await c.query(
          `WITH ins AS (INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at, trace) VALUES ($1, $2, $3, $4, 'pending', 0, $5, $6, $6, $7)
           ON CONFLICT (queue, key) WHERE key IS NOT NULL AND state IN ('pending', 'leased') DO NOTHING RETURNING id, queue, run_at)
           SELECT id, ${NOTIFY_INSERTED} FROM ins`,
          [id, queue, text, key, opts.runAt, now, opts.trace ?? null],
        );
        if (ins.rows.length) return { id, deduped: false };
        const live = await c.query(`SELECT id FROM kw_jobs WHERE queue = $1 AND key = $2 AND state IN ('pending', 'leased')`, [queue, key]);
        if (!live.rows[0]) throw new Retry(); // the live job finished in between: start over
        await c.query(`UPDATE kw_queue_keys SET job_id = $3 WHERE queue = $1 AND key = $2`, [queue, key, live.rows[0].id]);
        return { id: live.rows[0].id as string, deduped: true };
      }).catch((e) => {
        if (e instanceof Retry) return null;
        throw e;
      });
      // null: the window or the live job vanished between two statements (pruned, finished); try again.
      if (r) return r;
    }
  }

  /**
   * One connection that LISTENs for job wake-ups (NOTIFY in the push's transaction). When it
   * drops, `onState(false)` (consumers poll as before) and it is opened again, backing off
   * up to 5 s; once it is back, `onState(true)` and `onPush(null)`: what was pushed in
   * between was not heard.
   */
  listenJobs(onPush: (push: { queue: string; runAt: number } | null) => void, onState: (listening: boolean) => void): JobListener {
    let closed = false;
    let client: pg.Client | null = null;
    let timer: NodeJS.Timeout | null = null;
    let backoff = 250;
    let listening = false;
    const setState = (on: boolean) => {
      if (on === listening) return;
      listening = on;
      onState(on);
    };
    const retry = () => {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = null;
        void open();
      }, backoff);
      timer.unref?.();
      backoff = Math.min(backoff * 2, 5_000);
    };
    const open = async () => {
      const c = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: this.connectMs, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
      client = c;
      const lost = () => {
        if (client !== c) return;
        client = null;
        setState(false);
        c.end().catch(() => {});
        retry();
      };
      c.on("error", lost);
      c.on("end", lost);
      c.on("notification", (m) => {
        const text = m.payload ?? "";
        const at = text.indexOf(" ");
        if (at > 0) onPush({ runAt: Number(text.slice(0, at)), queue: text.slice(at + 1) });
      });
      try {
        await c.connect();
        const channel = (await c.query(`SELECT ${JOB_CHANNEL} AS channel`)).rows[0].channel as string;
        await c.query(`LISTEN "${channel.replace(/"/g, '""')}"`);
      } catch {
        lost();
        return;
      }
      if (closed || client !== c) {
        await c.end().catch(() => {});
        return;
      }
      backoff = 250;
      setState(true);
      onPush(null);
    };
    void open();
    return {
      close: async () => {
        closed = true;
        if (timer) clearTimeout(timer);
        timer = null;
        const c = client;
        client = null;
        setState(false);
        await c?.end().catch(() => {});
      },
    };
  }

  async claimJobs(queue: string, owner: string, leaseMs: number, limit: number, now: number): Promise<Job[]> {
    if (limit <= 0) return [];
    const r = await this.pool.query(CLAIM, [queue, owner, now + leaseMs, now, limit]);
    return r.rows.map(toJob).sort((a, b) => a.runAt - b.runAt);
  }

  /**
   * Completions go in batches: while statements are in flight, those that come meanwhile
   * wait and go together in the next one (nothing waits when the store is idle). Each job
   * is still completed only under its own lease token, with its run record, atomically.
   */
  completeJob(jobId: string, owner: string, run: RunRecord | null): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.completions.push({ jobId, owner, run, resolve, reject });
      if (this.completing < COMPLETION_STATEMENTS) void this.flushCompletions();
    });
  }

  private async flushCompletions(): Promise<void> {
    this.completing++;
    try {
      await null; // completions of the same moment go together
      while (this.completions.length > 0) {
        const batch = this.completions.splice(0, COMPLETIONS_PER_STATEMENT);
        if (batch.length === 1 || new Set(batch.flatMap((b) => (b.run ? [b.run.id] : []))).size !== batch.filter((b) => b.run).length) {
          // One, or two records of one run (a multi-row upsert may not touch a row twice): one by one.
          await Promise.all(batch.map((b) => this.endAttempt(COMPLETE_JOB, [Date.now(), b.jobId, b.owner], b.run).then(b.resolve, b.reject)));
          continue;
        }
        let kept: Set<string>;
        try {
          kept = await this.completeBatch(batch);
        } catch {
          // The batch failed as a whole: each completion alone, so an error is its own job's.
          await Promise.all(batch.map((b) => this.endAttempt(COMPLETE_JOB, [Date.now(), b.jobId, b.owner], b.run).then(b.resolve, b.reject)));
          continue;
        }
        for (const b of batch) b.resolve(kept.has(`${b.jobId}\u0000${b.owner}`));
      }
    } finally {
      this.completing--;
    }
  }

  /**
   * One statement for many completions: each job is updated only if it is still leased
   * under the owner that completes it, and its run record is inserted only if its job was.
   */
  private async completeBatch(batch: Completion[]): Promise<Set<string>> {
    const withRun = batch.filter((b) => b.run);
    const cols = RUN_COLUMN_TYPES.map((t, i) => `$${i + 5}::${POSTGRES_TYPES[t]}[]`);
    const names = RUN_COLUMNS.join(", ");
    const params: unknown[] = [Date.now(), batch.map((b) => b.jobId), batch.map((b) => b.owner), withRun.map((b) => b.jobId)];
    const runRows = withRun.map((b) => runParams(b.run!));
    RUN_COLUMNS.forEach((_, i) => params.push(runRows.map((row) => row[i])));
    const r = await this.pool.query(
      `WITH i AS (SELECT * FROM unnest($2::text[], $3::text[]) AS i(id, owner)),
         u AS (UPDATE kw_jobs j SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = $1 FROM i
               WHERE j.id = i.id AND j.state = 'leased' AND j.lease_owner = i.owner RETURNING j.id, i.owner),
         r AS (${upsertRunsSql(`SELECT ${names} FROM unnest($4::text[], ${cols.join(", ")}) AS x(k, ${names}) WHERE x.k IN (SELECT id FROM u)`)})
       SELECT id, owner FROM u`,
      params,
    );
    return new Set(r.rows.map((row) => `${row.id}\u0000${row.owner}`));
  }

  /**
   * The completions and the claim after them in one round trip: `BEGIN`, the queue's lock
   * (with a cap, as claimJobsCapped), the batch's completion statement, the claim, `COMMIT`,
   * as one simple query. The claim is its own statement, so its snapshot is taken after the
   * lock and sees the completions before it: the slots they freed count as free, and a
   * completion refused (a stale owner) frees none. The commit waits for the disk, as a
   * completion's does. Without a claim, the completion statement alone. Values are literals
   * in a simple query (completionSql; the queue and owner quoted, the numbers checked to be
   * integers), and plain successes' records go into packs, as recordRuns puts them.
   */
  async completeJobs(done: readonly JobDone[], claim: ClaimRequest | null): Promise<{ kept: boolean[]; jobs: Job[] }> {
    const claims = claim !== null && claim.limit > 0 && (claim.cap === undefined || claim.cap > 0);
    const runIds = done.flatMap((d) => (d.run ? [d.run.id] : []));
    // Nothing to complete, or two records of one run (a multi-row upsert may not touch a row twice): the usual paths.
    if (done.length === 0 || new Set(runIds).size !== runIds.length) return this.completeThenClaim(done, claims ? claim : null);
    const now = Date.now();
    const statements = [completionSql(done, now)];
    if (claims) {
      const values = [claim.now + claim.leaseMs, claim.now, claim.limit, claim.cap ?? 0];
      if (!values.every(Number.isSafeInteger)) throw new StoreError(`claiming jobs of ${claim.queue}: the times and limits must be integers`);
      const capped = claim.cap !== undefined;
      statements.push(withLiterals(capped ? CLAIM_CAPPED : CLAIM, claim.queue, claim.owner, values));
      if (capped) statements.unshift(`SELECT pg_advisory_xact_lock(${FLOW_LOCK}, ${queueLockKey(claim.queue)})`);
      statements.unshift("BEGIN");
      statements.push("COMMIT");
    }
    const c = await this.pool.connect();
    let results: pg.QueryResult[];
    try {
      const r = await c.query(statements.join(";\n"));
      results = (Array.isArray(r) ? r : [r]) as pg.QueryResult[];
    } catch {
      // A connection that cannot even roll back is not given back to the pool.
      c.release(await c.query("ROLLBACK").then(() => undefined, () => true));
      // The transaction failed as a whole: each completion alone (an error is its own job's), then the claim.
      return this.completeThenClaim(done, claims ? claim : null);
    }
    c.release();
    const at = claims ? statements.length - 3 : 0;
    const kept = new Set(results[at]!.rows.map((row) => `${row.id}\u0000${row.owner}`));
    return { kept: done.map((d) => kept.has(`${d.jobId}\u0000${d.owner}`)), jobs: claims ? results[at + 1]!.rows.map(toJob).sort((a, b) => a.runAt - b.runAt) : [] };
  }

  /** completeJobs in two steps: the completions (batched as completeJob's), then the claim. */
  private async completeThenClaim(done: readonly JobDone[], claim: ClaimRequest | null): Promise<{ kept: boolean[]; jobs: Job[] }> {
    const kept = await Promise.all(done.map((d) => this.completeJob(d.jobId, d.owner, d.run)));
    if (!claim) return { kept, jobs: [] };
    const { queue, owner, leaseMs, limit, now, cap } = claim;
    try {
      return { kept, jobs: cap === undefined ? await this.claimJobs(queue, owner, leaseMs, limit, now) : await this.claimJobsCapped(queue, owner, leaseMs, limit, cap, now) };
    } catch {
      // The completions are written: their outcome stands, and the consumer's loop claims again.
      return { kept, jobs: [] };
    }
  }

  async returnJobs(jobs: ReadonlyArray<{ jobId: string; owner: string }>, now: number): Promise<number> {
    if (jobs.length === 0) return 0;
    // Announced as a push is (in the same transaction): other nodes' consumers take them at once.
    const r = await this.pool.query(
      `WITH r AS (UPDATE kw_jobs j SET state = 'pending', lease_owner = NULL, lease_until = NULL, attempts = GREATEST(0, j.attempts - 1), updated_at = $1
         FROM unnest($2::text[], $3::text[]) AS i(id, owner) WHERE j.id = i.id AND j.state = 'leased' AND j.lease_owner = i.owner RETURNING j.queue, j.run_at)
       SELECT COUNT(*)::int AS n, pg_notify(${JOB_CHANNEL}, MIN(r.run_at) || ' ' || r.queue) FROM r GROUP BY r.queue`,
      [now, jobs.map((j) => j.jobId), jobs.map((j) => j.owner)],
    );
    return r.rows.reduce((n, row: { n: number }) => n + row.n, 0);
  }

  failJob(jobId: string, owner: string, error: string, retryAt: number | null, run: RunRecord | null): Promise<boolean> {
    return this.endAttempt(FAIL_JOB, [Date.now(), jobId, owner, retryAt, error], run);
  }

  /**
   * One statement (so one round trip, atomically): the job update, and the run record only
   * if the update happened (a lost lease records nothing).
   */
  private async endAttempt(update: string, params: unknown[], run: RunRecord | null): Promise<boolean> {
    if (run === null) return (await this.pool.query(update, params)).rowCount === 1;
    const r = await this.pool.query(`WITH u AS (${update} RETURNING id) ${runFromUpdate(params.length)}`, [...params, ...runParams(run)]);
    return r.rowCount === 1;
  }

  async getJob(id: string): Promise<Job | null> {
    const r = await this.pool.query(`SELECT * FROM kw_jobs WHERE id = $1`, [id]);
    return r.rows[0] ? toJob(r.rows[0]) : null;
  }

  async listJobs(queue: string | null, state: JobState | null, limit: number): Promise<Job[]> {
    const r = await this.pool.query(`SELECT * FROM kw_jobs WHERE ($1::text IS NULL OR queue = $1) AND ($2::text IS NULL OR state = $2) ORDER BY created_at DESC LIMIT $3`, [queue, state, limit]);
    return r.rows.map(toJob);
  }

  async queueCounts() {
    const r = await this.pool.query(`SELECT queue, state, COUNT(*)::int AS count FROM kw_jobs GROUP BY queue, state ORDER BY queue, state`);
    return r.rows as Array<{ queue: string; state: JobState; count: number }>;
  }

  async stats(): Promise<StoreStats> {
    return statsOf((await this.pool.query(STATS_SQL)).rows);
  }

  async ping(): Promise<void> {
    await this.pool.query("SELECT 1");
  }

  async redrive(queue: string, jobId: string | null, now: number): Promise<number> {
    const r = await this.pool.query(
      `UPDATE kw_jobs SET state = 'pending', attempts = 0, run_at = $1, error = NULL, updated_at = $1 WHERE queue = $2 AND state = 'dead' AND ($3::text IS NULL OR id = $3)
       AND (key IS NULL OR (NOT EXISTS (SELECT 1 FROM kw_jobs k2 WHERE k2.queue = kw_jobs.queue AND k2.key = kw_jobs.key AND k2.state IN ('pending', 'leased'))
         AND id = (SELECT k3.id FROM kw_jobs k3 WHERE k3.queue = kw_jobs.queue AND k3.key = kw_jobs.key AND k3.state = 'dead' ORDER BY k3.created_at DESC, k3.id DESC LIMIT 1)))`,
      [now, queue, jobId],
    );
    const n = r.rowCount ?? 0;
    if (n > 0) await this.pool.query(`SELECT pg_notify(${JOB_CHANNEL}, $1 || ' ' || $2)`, [String(now), queue]);
    return n;
  }

  async cancelJob(id: string, now: number): Promise<boolean> {
    const r = await this.pool.query(`UPDATE kw_jobs SET state = 'dead', error = 'cancelled', updated_at = $1 WHERE id = $2 AND state = 'pending'`, [now, id]);
    return r.rowCount === 1;
  }

  async purge(queue: string): Promise<number> {
    const r = await this.pool.query(`DELETE FROM kw_jobs WHERE queue = $1 AND state IN ('pending', 'dead')`, [queue]);
    return r.rowCount ?? 0;
  }

  async claimCronSlot(work: string, slot: number, owner: string, now: number, job?: { queue: string; payload: unknown }): Promise<boolean> {
    const claim = `INSERT INTO kw_cron_slots (work, slot, owner, fired_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`;
    if (!job) return (await this.pool.query(claim, [work, slot, owner, now])).rowCount === 1;
    // One statement: the slot's job is inserted only if the slot was claimed, and neither without the other.
    const r = await this.pool.query(
      `WITH s AS (${claim} RETURNING 1)
       INSERT INTO kw_jobs (id, queue, payload, key, state, attempts, run_at, created_at, updated_at, trace)
       SELECT $5, $6, $7, NULL, 'pending', 0, $4::bigint, $4::bigint, $4::bigint, NULL WHERE EXISTS (SELECT 1 FROM s)`,
      [work, slot, owner, now, timeOrderedId(), job.queue, encodePayload(job.payload)],
    );
    return r.rowCount === 1;
  }

  async lastCronSlot(work: string): Promise<number | null> {
    const r = await this.pool.query(`SELECT MAX(slot) AS slot FROM kw_cron_slots WHERE work = $1`, [work]);
    return r.rows[0].slot === null ? null : Number(r.rows[0].slot);
  }

  async recordRun(run: RunRecord): Promise<void> {
    await this.pool.query(INSERT_RUN, runParams(run));
  }

  async recordRuns(runs: RunRecord[]): Promise<void> {
    const { rows, packs } = packRuns(mergeRuns(runs));
    const statements: Array<[string, unknown[]]> = packs.map((p): [string, unknown[]] => [INSERT_PACK, p]);
    for (let at = 0; at < rows.length; at += RUNS_PER_STATEMENT) {
      const chunk = rows.slice(at, at + RUNS_PER_STATEMENT);
      const n = RUN_COLUMNS.length;
      const values = chunk.map((_, i) => `(${marks(i * n + 1, n)})`).join(", ");
      statements.push([upsertRunsSql(`VALUES ${values}`), chunk.flatMap(runParams)]);
    }
    if (statements.length === 0) return;
    if (statements.length === 1) {
      await this.pool.query(statements[0]![0], statements[0]![1]);
      return;
    }
    await this.tx(async (c) => {
      for (const [sql, params] of statements) await c.query(sql, params);
    });
  }

  async getRun(id: string): Promise<RunRecord | null> {
    const r = await this.pool.query(`SELECT * FROM kw_runs WHERE id = $1`, [id]);
    return getRunWithPacks(r.rows[0] ? toRun(r.rows[0]) : null, id, pgMark, async (sql, params) => (await this.pool.query(sql, params)).rows);
  }

  async listRuns(f: RunFilter): Promise<RunRecord[]> {
    const { where, params } = runFilterSql(f, pgMark);
    const r = await this.pool.query(`SELECT * FROM kw_runs ${where} ORDER BY started_at DESC, id DESC LIMIT $${params.length + 1}`, [...params, f.limit ?? 50]);
    return listRunsWithPacks(f, r.rows.map(toRun), pgMark, async (sql, ps) => (await this.pool.query(sql, ps)).rows);
  }

  async setRunStatus(id: string, status: RunStatus): Promise<boolean> {
    const r = await this.pool.query(`UPDATE kw_runs SET status = $1, finished_at = COALESCE(finished_at, $2) WHERE id = $3`, [status, Date.now(), id]);
    return r.rowCount === 1;
  }

  async checkpoint(c: CheckpointInput, owner: string | null, now: number, next?: CheckpointNext): Promise<boolean | DurableRecord> {
    if (owner !== null && c.kind !== "wait") return this.checkpointHeld(c, owner, now, next);
    return this.tx(async (db) => {
      const cur = (await db.query(`SELECT state, lease_owner, checkpoints, created_at FROM kw_durable WHERE run_id = $1 FOR UPDATE`, [c.runId])).rows[0];
      if (cur && (cur.state !== "leased" || cur.lease_owner !== owner)) return false;
      // A run's version is stored with its first checkpoint and kept while the run is not finished.
      if (!cur) await db.query(`INSERT INTO kw_versions (hash, file, name, source, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (hash) DO NOTHING`, [c.version, c.file, c.work, c.source, now]);
      let resume: string | null = null;
      let keptSignal = false;
      if (c.kind === "wait") {
        const kept = (await db.query(`DELETE FROM kw_signals WHERE id = (SELECT id FROM kw_signals WHERE event = $1 AND expires_at > $2 ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING data`, [c.event, now])).rows[0];
        if (kept) {
          keptSignal = true;
          resume = kept.data;
        }
      }
      const state: DurableState = checkpointState(c, keptSignal, now, next);
      // A sleep that is over resumes with null, as a claim would resume it.
      if (state === "leased" && c.kind === "sleep") resume = "null";
      const checkpoints = (cur ? Number(cur.checkpoints) : 0) + 1;
      const createdAt = cur ? Number(cur.created_at) : now;
      const lease = state === "leased" ? next! : null;
      await db.query(
        `INSERT INTO kw_durable (run_id, work, version, file, trigger, state, wake_at, event, resume_value, snapshot, effects, checkpoints, attempt, lease_owner, lease_until, result, error, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $16, $17, NULL, NULL, $14, $15)
         ON CONFLICT (run_id) DO UPDATE SET state = excluded.state, wake_at = excluded.wake_at, event = excluded.event, resume_value = excluded.resume_value, snapshot = excluded.snapshot,
           effects = excluded.effects, checkpoints = excluded.checkpoints, attempt = excluded.attempt, lease_owner = excluded.lease_owner, lease_until = excluded.lease_until, updated_at = excluded.updated_at`,
        [c.runId, c.work, c.version, c.file, c.trigger, state, c.wakeAt, c.event, resume, c.snapshot, c.effects, checkpoints, c.attempt, createdAt, now, lease?.owner ?? null, lease?.leaseUntil ?? null],
      );
      await db.query(INSERT_RUN, runParams(c.run));
      return lease ? checkpointClaim(c, lease, checkpoints, createdAt, resume, now) : true;
    });
  }

  /**
   * The checkpoint of a resumed segment that consumes no signal, in one statement (one round
   * trip, atomic): the run's row, if `owner` still holds it — its version is stored already,
   * kept while the run is not finished — and its run record only when the row was written.
   */
  private async checkpointHeld(c: CheckpointInput, owner: string, now: number, next: CheckpointNext | undefined): Promise<boolean | DurableRecord> {
    const state = checkpointState(c, false, now, next);
    const lease = state === "leased" ? next! : null;
    const resume = lease && c.kind === "sleep" ? "null" : null;
    const r = await this.pool.query(
      `WITH u AS (
         UPDATE kw_durable SET state = $2, wake_at = $3, event = $4, resume_value = $5, snapshot = $6, effects = $7, checkpoints = checkpoints + 1, attempt = $8,
           lease_owner = $9, lease_until = $10, updated_at = $11
         WHERE run_id = $1 AND state = 'leased' AND lease_owner = $12
         RETURNING checkpoints, created_at),
       r AS (${CHECKPOINT_RUN})
       SELECT checkpoints, created_at FROM u`,
      [c.runId, state, c.wakeAt, c.event, resume, c.snapshot, c.effects, c.attempt, lease?.owner ?? null, lease?.leaseUntil ?? null, now, owner, ...runParams(c.run)],
    );
    const row = r.rows[0];
    if (!row) return false;
    return lease ? checkpointClaim(c, lease, Number(row.checkpoints), Number(row.created_at), resume, now) : true;
  }

  async claimDurable(owner: string, leaseMs: number, limit: number, now: number): Promise<DurableRecord[]> {
    if (limit <= 0) return [];
    // A sleep that ended or a wait that timed out resumes with null; a signalled wait with its
    // data; a run taken over after a crash resumes exactly as it was resumed before.
    const r = await this.pool.query(
      `UPDATE kw_durable SET resume_value = CASE WHEN state IN ('due', 'leased') THEN resume_value ELSE 'null' END, state = 'leased', lease_owner = $1, lease_until = $2, updated_at = $3
       WHERE run_id IN (
         SELECT run_id FROM kw_durable WHERE (state IN ('sleeping', 'waiting') AND wake_at IS NOT NULL AND wake_at <= $3) OR state = 'due' OR (state = 'leased' AND lease_until < $3)
         ORDER BY ${DURABLE_CLAIM_ORDER} LIMIT $4 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [owner, now + leaseMs, now, limit],
    );
    return r.rows.map(toDurable);
  }

  async finishDurable(runId: string, owner: string, o: { state: "done" | "failed"; result: string | null; error: string | null }, run: RunRecord): Promise<boolean> {
    return this.tx(async (db) => {
      const r = await db.query(`UPDATE kw_durable SET state = $1, result = $2, error = $3, lease_owner = NULL, lease_until = NULL, updated_at = $4 WHERE run_id = $5 AND state = 'leased' AND lease_owner = $6`, [o.state, o.result, o.error, Date.now(), runId, owner]);
      if (r.rowCount !== 1) return false;
      await db.query(INSERT_RUN, runParams(run));
      return true;
    });
  }

  async releaseDurable(runId: string, owner: string): Promise<boolean> {
    return (await this.pool.query(`UPDATE kw_durable SET lease_until = 0 WHERE run_id = $1 AND state = 'leased' AND lease_owner = $2`, [runId, owner])).rowCount === 1;
  }

  async signal(event: string, data: string, keepUntil: number | null, now: number): Promise<number> {
    return this.tx(async (db) => {
      const n = (await db.query(`UPDATE kw_durable SET state = 'due', resume_value = $1, updated_at = $2 WHERE event = $3 AND state = 'waiting'`, [data, now, event])).rowCount ?? 0;
      if (n === 0 && keepUntil !== null) await db.query(`INSERT INTO kw_signals (id, event, data, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`, [randomUUID(), event, data, keepUntil, now]);
      return n;
    });
  }

  async getDurable(runId: string): Promise<DurableRecord | null> {
    const r = await this.pool.query(`SELECT * FROM kw_durable WHERE run_id = $1`, [runId]);
    return r.rows[0] ? toDurable(r.rows[0]) : null;
  }

  async listDurable(f: { state?: DurableState; work?: string; limit?: number }): Promise<DurableRecord[]> {
    const r = await this.pool.query(`SELECT * FROM kw_durable WHERE ($1::text IS NULL OR state = $1) AND ($2::text IS NULL OR work = $2) ORDER BY updated_at DESC LIMIT $3`, [f.state ?? null, f.work ?? null, f.limit ?? 50]);
    return r.rows.map(toDurable);
  }

  async setDurableState(runId: string, from: DurableState[], to: DurableState, now: number): Promise<boolean> {
    const r = await this.pool.query(`UPDATE kw_durable SET state = $1, lease_owner = NULL, lease_until = NULL, updated_at = $2 WHERE run_id = $3 AND state = ANY($4::text[])`, [to, now, runId, from]);
    return r.rowCount === 1;
  }

  async prune(before: number): Promise<number> {
    return this.tx(async (c) => {
      let n = (await c.query(`DELETE FROM kw_runs WHERE finished_at IS NOT NULL AND finished_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(PRUNE_PACKS_SQL("$1"), [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_jobs WHERE state = 'done' AND updated_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_cron_slots c1 WHERE fired_at < $1 AND slot < (SELECT MAX(slot) FROM kw_cron_slots c2 WHERE c2.work = c1.work)`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_durable WHERE state IN ('done', 'failed', 'cancelled') AND updated_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_signals WHERE expires_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_queue_keys WHERE expires_at < $1`, [before])).rowCount ?? 0;
      n += (await c.query(`DELETE FROM kw_versions WHERE created_at < $1 AND hash NOT IN (SELECT version FROM kw_durable WHERE state NOT IN ('done', 'failed', 'cancelled'))`, [before])).rowCount ?? 0;
      return n;
    });
  }

  async expireLeases(node: string): Promise<{ jobs: number; runs: number }> {
    const prefix = `${node}:`;
    const jobs = await this.pool.query(`UPDATE kw_jobs SET lease_until = 0 WHERE state = 'leased' AND left(lease_owner, $1) = $2`, [prefix.length, prefix]);
    const runs = await this.pool.query(`UPDATE kw_durable SET lease_until = 0 WHERE state = 'leased' AND left(lease_owner, $1) = $2`, [prefix.length, prefix]);
    return { jobs: jobs.rowCount ?? 0, runs: runs.rowCount ?? 0 };
  }

  // ---------------------------------------------------------------- nodes and their leases

  async now(): Promise<number> {
    return Number((await this.pool.query(`SELECT ${NOW_MS} AS now`)).rows[0].now);
  }

  /** One statement (one round trip): the node's row, the forgotten nodes, both renewals, and the server's clock. */
  async heartbeat(node: NodeInfo, held: HeldLeases, leaseUntil: number, now: number): Promise<{ now: number; lost: HeldLeases }> {
    const n = NODE_COLUMNS.length;
    const r = await this.pool.query(
      `WITH n AS (${upsertNodeSql(marks(1, n))} RETURNING 1),
         f AS (DELETE FROM kw_nodes WHERE heartbeat_at < $${n + 1} AND id <> $1 RETURNING 1),
         j AS (UPDATE kw_jobs SET lease_until = $${n + 2} WHERE state = 'leased' AND (id, lease_owner) IN (SELECT * FROM unnest($${n + 3}::text[], $${n + 4}::text[])) RETURNING id, lease_owner),
         d AS (UPDATE kw_durable SET lease_until = $${n + 2} WHERE state = 'leased' AND (run_id, lease_owner) IN (SELECT * FROM unnest($${n + 5}::text[], $${n + 6}::text[])) RETURNING run_id, lease_owner)
       SELECT 'job' AS kind, id, lease_owner AS owner FROM j UNION ALL SELECT 'run', run_id, lease_owner FROM d UNION ALL SELECT 'now', ${NOW_MS}::text, NULL`,
      [...nodeParams(node, now), now - NODE_FORGET_MS, leaseUntil, held.jobs.map((l) => l.id), held.jobs.map((l) => l.owner), held.runs.map((l) => l.id), held.runs.map((l) => l.owner)],
    );
    const kept = new Set<string>();
    let at = now;
    for (const row of r.rows) {
      if (row.kind === "now") at = Number(row.id);
      else kept.add(`${row.kind}\u0000${row.id}\u0000${row.owner}`);
    }
    const lostOf = (kind: string, ls: HeldLeases["jobs"]) => ls.filter((l) => !kept.has(`${kind}\u0000${l.id}\u0000${l.owner}`));
    return { now: at, lost: { jobs: lostOf("job", held.jobs), runs: lostOf("run", held.runs) } };
  }

  async listNodes(): Promise<NodeRecord[]> {
    return (await this.pool.query(listNodesSql(`${NOW_MS} - ${NODE_FORGET_MS}`, NOW_MS))).rows.map(toNode);
  }

  async removeNode(id: string): Promise<void> {
    await this.pool.query(`DELETE FROM kw_nodes WHERE id = $1`, [id]);
  }

  // ---------------------------------------------------------------- deployments (store/deployments.ts)

  async createDeployment(d: NewDeployment, now: number): Promise<Deployment> {
    const id = await this.tx(async (c) => {
      // Deploys and rollbacks one at a time: ids and activations are taken once.
      await c.query(`SELECT pg_advisory_xact_lock($1)`, [DEPLOY_LOCK]);
      const top = (await c.query(`SELECT COALESCE(MAX(id), 0) AS id, COALESCE(MAX(activation), 0) AS activation FROM kw_deployments`)).rows[0];
      const id = Number(top.id) + 1;
      const bytes = d.files.reduce((n, f) => n + f.data.length, 0);
      await c.query(
        `INSERT INTO kw_deployments (id, created_at, created_by, message, works, files, bytes, digest, activation, activated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $2)`,
        [id, now, d.createdBy, d.message, d.works, d.files.length, bytes, d.digest, Number(top.activation) + 1],
      );
      // Many files per statement (4 parameters a file).
      for (let i = 0; i < d.files.length; i += 500) {
        const batch = d.files.slice(i, i + 500);
        const params: unknown[] = [id];
        const rows = batch.map((f) => {
          const { content, encoding } = encodeFile(f.data);
          params.push(f.path, encoding, content);
          const n = params.length;
          return `($1, $${n - 2}, $${n - 1}, $${n})`;
        });
        await c.query(`INSERT INTO kw_deployment_files (deployment, path, encoding, content) VALUES ${rows.join(", ")}`, params);
      }
      return id;
    });
    return (await this.getDeployment(id))!;
  }

  async listDeployments(limit: number): Promise<Deployment[]> {
    return (await this.pool.query(`${DEPLOYMENT_SELECT} ORDER BY d.id DESC LIMIT $1`, [limit])).rows.map(toDeployment);
  }

  async currentDeployment(): Promise<Deployment | null> {
    const r = await this.pool.query(`${DEPLOYMENT_SELECT} ORDER BY d.activation DESC LIMIT 1`);
    return r.rows[0] ? toDeployment(r.rows[0]) : null;
  }

  async getDeployment(id: number): Promise<Deployment | null> {
    const r = await this.pool.query(`${DEPLOYMENT_SELECT} WHERE d.id = $1`, [id]);
    return r.rows[0] ? toDeployment(r.rows[0]) : null;
  }

  async deploymentFiles(id: number): Promise<DeploymentFile[] | null> {
    const r = await this.pool.query(
      `SELECT f.path, f.encoding, f.content FROM kw_deployments d LEFT JOIN kw_deployment_files f ON f.deployment = d.id WHERE d.id = $1 ORDER BY f.path`,
      [id],
    );
    if (r.rows.length === 0) return null;
    return r.rows.filter((x) => x.path !== null).map((x) => ({ path: x.path as string, data: decodeFile(x.content, x.encoding) }));
  }

  async activateDeployment(id: number, now: number): Promise<Deployment | null> {
    const found = await this.tx(async (c) => {
      await c.query(`SELECT pg_advisory_xact_lock($1)`, [DEPLOY_LOCK]);
      if ((await c.query(`SELECT 1 FROM kw_deployments WHERE id = $1`, [id])).rows.length === 0) return false;
      // Already current: nothing changes.
      await c.query(
        `UPDATE kw_deployments SET activation = (SELECT MAX(activation) + 1 FROM kw_deployments), activated_at = $2
         WHERE id = $1 AND activation < (SELECT MAX(activation) FROM kw_deployments)`,
        [id, now],
      );
      return true;
    });
    return found ? this.getDeployment(id) : null;
  }

  // ---------------------------------------------------------------- fleet-wide flow control (engine/flow.ts)

  /** One statement on the database server's clock: the window is reset or counted on, and the answer says what was granted. */
  async takeRate(key: string, limit: number, perMs: number, want: number): Promise<RateTake> {
    const r = await this.pool.query(TAKE_RATE, [key, limit, perMs, want]);
    const row = r.rows[0];
    return { granted: Number(row.granted), windowStart: Number(row.start), now: Number(row.now) };
  }

  async returnRate(key: string, windowStart: number, count: number): Promise<void> {
    if (count <= 0) return;
    await this.pool.query(`UPDATE kw_rate_windows SET count = GREATEST(0, count - $3) WHERE key = $1 AND window_start = $2`, [key, windowStart, count]);
  }

  async claimJobsCapped(queue: string, owner: string, leaseMs: number, limit: number, cap: number, now: number): Promise<Job[]> {
    if (limit <= 0 || cap <= 0) return [];
    // Claims of one capped queue take turns (a transaction-scoped lock per queue): each one's
    // count of live leases sees every claim committed before it, so together they never pass the cap.
    // One round trip: the transaction goes as one simple query — in it each statement takes its
    // own snapshot, so the claim's count is read after the lock is held. The values are
    // literals there (the queue and owner quoted by escapeLiteral, the numbers integers).
    // The claim's commit does not wait for its WAL to reach the disk (CLAIM_COMMIT).
    const values = [now + leaseMs, now, limit, cap];
    if (!values.every(Number.isSafeInteger)) throw new StoreError(`claiming jobs of ${queue}: the times and limits must be integers`);
    const sql = withLiterals(CLAIM_CAPPED, queue, owner, values);
    const c = await this.pool.connect();
    try {
      const results = (await c.query(`BEGIN; ${CLAIM_COMMIT}; SELECT pg_advisory_xact_lock(${FLOW_LOCK}, ${queueLockKey(queue)}); ${sql}; COMMIT`)) as unknown as pg.QueryResult[];
      const rows = results[3]!.rows;
      return rows.map(toJob).sort((a, b) => a.runAt - b.runAt);
    } catch (e) {
      await c.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }
}

/**
 * A claim commits without waiting for the disk: it is visible to every other session at
 * once (so the cap's count of live leases is exact), and a database crash can lose only the
 * claims of the last moments before it, never a job — such a job is pending again (its
 * attempt not charged), and the attempt that ran under the lost lease cannot complete it
 * (its owner is not the job's), so it runs again: at least once, as after a node's crash.
 * Every completion, failure and push still waits for the disk, and its commit carries every
 * claim before it to the disk too (the log is written in order).
 */
const CLAIM_COMMIT = "SET LOCAL synchronous_commit = off";

/** The class of the per-queue locks of capped claims (pg_advisory_xact_lock(class, key of the queue)). */
const FLOW_LOCK = 812302;

/** A queue's lock key: a 32-bit FNV-1a hash of its name (two queues sharing one only take turns needlessly). */
function queueLockKey(queue: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(queue, "utf8")) h = Math.imul(h ^ b, 0x01000193);
  return h | 0;
}

/**
 * A fixed window on the server's clock, in one statement: a new window starts over; in the
 * current one, up to `want` of what is left is granted (none when it is used up: the update's
 * condition fails and nothing is returned). `granted` is kept in the row because RETURNING
 * sees only the new row.
 */
const TAKE_RATE = `WITH w AS (SELECT now, (now / $3::bigint) * $3::bigint AS start FROM (SELECT ${NOW_MS} AS now) t),
  up AS (
    INSERT INTO kw_rate_windows AS r (key, window_start, count, granted)
    SELECT $1, start, LEAST($2::int, $4::int), LEAST($2::int, $4::int) FROM w
    ON CONFLICT (key) DO UPDATE SET
      granted = CASE WHEN r.window_start = excluded.window_start THEN LEAST($4::int, $2::int - r.count) ELSE excluded.granted END,
      count = CASE WHEN r.window_start = excluded.window_start THEN r.count + LEAST($4::int, $2::int - r.count) ELSE excluded.count END,
      window_start = excluded.window_start
    WHERE r.window_start <> excluded.window_start OR r.count < $2::int
    RETURNING granted)
  SELECT w.now, w.start, COALESCE((SELECT granted FROM up), 0) AS granted FROM w`;

/**
 * completeJobs' completion statement, its values as literals: the batch goes as JSON text
 * (dollar-quoted, quoted()) read back with json_to_recordset. Each job is completed only
 * under its own owner. The records of plain successes go into packs (store/run-packs.ts),
 * the others into kw_runs rows for the jobs completed. A batch with packs is all or nothing:
 * if one of its jobs was not completed (its lease was taken over), the statement fails —
 * dividing by zero in the packs' insert, the only place that can tell — and no record of it
 * is kept; completeJobs then completes each job alone. Returns the completed jobs.
 */
function completionSql(done: readonly JobDone[], now: number): string {
  const { rows, packs } = packRuns(done.flatMap((d) => (d.run ? [d.run] : [])));
  const jobs = quoted(JSON.stringify(done.map((d) => ({ id: d.jobId, owner: d.owner }))));
  const runs = quoted(
    JSON.stringify(
      rows.map((run) => {
        const row = runParams(run);
        return Object.fromEntries([["k", run.jobId], ...RUN_COLUMNS.map((col, i) => [col, row[i]])]);
      }),
    ),
  );
  const ctes = [
    `i AS (SELECT * FROM json_to_recordset(${jobs}::json) AS i(id text, owner text))`,
    `u AS (UPDATE kw_jobs j SET state = 'done', lease_owner = NULL, lease_until = NULL, updated_at = ${now}::bigint FROM i
            WHERE j.id = i.id AND j.state = 'leased' AND j.lease_owner = i.owner RETURNING j.id, i.owner)`,
    `r AS (${upsertRunsSql(`SELECT ${RUN_COLUMNS.join(", ")} FROM json_to_recordset(${runs}::json) AS x(k text, ${RUN_COLUMNS.map((c, i) => `${c} ${POSTGRES_TYPES[RUN_COLUMN_TYPES[i]!]}`).join(", ")})
            WHERE x.k IN (SELECT id FROM u)`)})`,
  ];
  if (packs.length > 0) {
    const values = packs.map((p) => {
      const [first, last, work, version, trigger, startedMin, startedMax, finishedMax, tuples] = p as [string, string, string, string, string, number, number, number, string];
      if (![startedMin, startedMax, finishedMax].every(Number.isSafeInteger)) throw new StoreError("completing jobs: a run's times must be integers");
      return `(${[first, last, work, version, trigger].map((v) => `${quoted(v)}::text`).join(", ")}, ${startedMin}::bigint, ${startedMax}::bigint, ${finishedMax}::bigint, ${quoted(tuples)}::text)`;
    });
    const allKept = `1 / ((SELECT COUNT(*) FROM u) = ${done.length})::int = 1`;
    ctes.push(`p AS (${INSERT_PACK_SQL_FROM(`SELECT * FROM (VALUES ${values.join(", ")}) AS v(${PACK_COLUMNS.join(", ")}) WHERE ${allKept}`)})`);
  }
  return `WITH ${ctes.join(",\n      ")}
      SELECT id, owner FROM u`;
}

/**
 * A string literal for SQL text: dollar-quoted, so its contents need no escaping, under a
 * tag the text does not hold.
 */
function quoted(text: string): string {
  let tag = "$kw$";
  // The closing tag must be the first one after the opening: not within the text, nor made by its end ("…$kw" + "$kw$").
  for (let n = 0; (text + tag).indexOf(tag) !== text.length; n++) tag = `$kw${n}$`;
  return tag + text + tag;
}

/** A claim of up to $5 jobs of queue $1 for owner $2, leased until $3, at $4. */
const CLAIM = `WITH ${claimable("$5::int")}
  UPDATE kw_jobs SET state = 'leased', lease_owner = $2, lease_until = $3, attempts = attempts + 1, updated_at = $4
  WHERE id = ANY (ARRAY(SELECT id FROM c))
  RETURNING *`;

/**
 * A claim's statement (CLAIM, CLAIM_CAPPED) with its values as literals, for a simple query:
 * the queue and owner quoted by escapeLiteral, the numbers ($3 on: integers, checked by the caller).
 */
function withLiterals(sql: string, queue: string, owner: string, numbers: number[]): string {
  return sql.replace(/\$([1-6])(::int)?/g, (_, i: string) => {
    const n = Number(i);
    return n === 1 ? pg.escapeLiteral(queue) : n === 2 ? pg.escapeLiteral(owner) : `${numbers[n - 3]}::bigint`;
  });
}

/** claimJobs' selection, limited by what the cap leaves: the jobs of the queue leased under a live lease count against it. */
const CLAIM_CAPPED = `WITH ${claimable("GREATEST(0, LEAST($5::int, $6::int - (SELECT COUNT(*) FROM kw_jobs WHERE queue = $1 AND state = 'leased' AND lease_until >= $4)::int))")}
  UPDATE kw_jobs SET state = 'leased', lease_owner = $2, lease_until = $3, attempts = attempts + 1, updated_at = $4
  WHERE id = ANY (ARRAY(SELECT id FROM c))
  RETURNING *`;
