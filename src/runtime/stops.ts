// Host throws that end a run from inside a native: scripts cannot catch them (they are
// not guest values), and each carries what the dispatcher needs to answer without
// reading its text.

/** Raised by fail(status, message): ends the run with that status; never retried. */
export class FailSignal {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

/**
 * A capability this run has no access to (no store, no database, not in this kind of
 * run): the run ends with 501 and a message naming the capability, where the run
 * happens and what would make it available. One message format everywhere.
 */
export class Unavailable extends FailSignal {
  constructor(
    readonly capability: string,
    where: string,
    why: string,
  ) {
    super(501, `${capability}() is not available in ${where}: ${why}`);
  }
}

/**
 * Ends a discovery run: thrown when the script reaches anything that is not
 * infrastructure (a capability call, or reading the trigger's input). Scripts cannot
 * catch it.
 */
export class DiscoveryStop {
  constructor(readonly reason: string) {}
}
