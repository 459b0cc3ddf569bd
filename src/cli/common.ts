// What every command shares and nothing heavy: exit codes, the usage error, the output
// pair, the log levels. Kept apart from the commands' own modules so that parsing the
// command line loads no engine, driver or logger (main.ts imports each command's module
// when that command runs).

/** Exit codes: 0 ok, 1 script or compile error, 2 a limit was exceeded, 64 usage. */
export const EXIT = { ok: 0, error: 1, limit: 2, usage: 64 } as const;

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function isLogLevel(v: string): v is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(v);
}
