// `kitwork/testing`: test your works from your own test files (node:test, or any runner).
//
//     import { testWorks } from "kitwork/testing";
//     const kw = await testWorks(import.meta.dirname, { now: "2030-01-01T00:00:00Z" });
//
// A fresh database with the folder's migrations, an in-memory store, a clock the test
// moves: requests, jobs, cron slots and durable waits, all driven by the test
// (docs/testing.md).

export {
  testWorks,
  TestWorks,
  type TestWorksOptions,
  type RequestOptions,
  type TestResponse,
  type TestRun,
  type TestDurable,
  type TestJob,
  type TestLogLine,
} from "./harness.js";
export type { InspectedFrame } from "../engine/inspect.js";
