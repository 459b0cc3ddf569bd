// What the engine tells an observer as it works: a run ended, a run was checkpointed, a
// cron slot fired. Plain calls with plain data, so the engine knows nothing of who
// listens (the server's Prometheus metrics, server/metrics.ts, are one such listener).
// Every method is optional and called synchronously on the run's path: an observer
// must be cheap; a throw is caught and dropped by the caller (never the run's failure).

import type { RunRecord } from "../store/store.js";
import type { LimitKind } from "../vm/errors.js";

/** Which limit ended a run whose error kind is `limit`: a VM limit, or the checkpoint size. */
export type LimitName = LimitKind | "snapshot";

export interface EngineObserver {
  /**
   * A run ended (succeeded or failed; a parked run is told when it finally ends).
   * `durationMs` is from the run's start to its end: one process's wall time for a run
   * that never parked, the whole span across checkpoints (sleeps included) for a durable one.
   * `limit` names the limit a run of error kind `limit` ran into.
   */
  onRun?(record: RunRecord, durationMs: number, limit: LimitName | undefined): void;
  /** A run was checkpointed into the store: the sealed snapshot's size in bytes. */
  onCheckpoint?(work: string, bytes: number): void;
  /** A cron slot fired in this process `lagMs` after it was due. */
  onCronFire?(work: string, lagMs: number): void;
}
