// The park protocol: a capability that must checkpoint the run (a long sleep, wait(),
// w.checkpoint()) returns a promise tagged with what it waits for. The dispatcher sees
// the tag instead of awaiting the promise, saves the run to the store, and resumes it
// when it is due.

/** Marks a promise that parks the run durably (checkpoint) instead of awaiting in memory. */
export const PARK = Symbol("park");

export type Park = { kind: "sleep"; wakeAt: number } | { kind: "wait"; event: string; wakeAt: number | null } | { kind: "checkpoint" };

export function parkOf(p: Promise<unknown> | null): Park | null {
  return (p as unknown as { [PARK]?: Park } | null)?.[PARK] ?? null;
}

/** A promise that never settles in memory, tagged with what the run parks on. */
export function park(info: Park): Promise<never> {
  return Object.assign(new Promise<never>(() => {}), { [PARK]: info });
}
