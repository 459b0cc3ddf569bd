// Tagged templates across snapshots: a run suspended inside a tag function, or holding
// template objects, is snapshotted, restored in a fresh runtime and resumed; each call
// site's template object is still the same object after the resume (vm/templates.ts).

import { test } from "node:test";
import assert from "node:assert/strict";
import { SnapshotError, compile, toHost } from "../src/index.ts";
import { hopping, hostWaitRuntime, straight } from "./fixtures/snapshot-hops.ts";

const cases: Record<string, string> = {
  "suspended inside the tag function": `
    function tag(strings, ...subs) {
      const waited = hostWait(subs.length);
      return strings.raw.join("|") + ":" + subs.join(",") + ":" + waited;
    }
    const a = 1, b = 2;
    return [tag\`x\${a}y\${b}z\`, tag\`\\n\${a}\`];`,
  "a site's template object is the same object before and after a resume": `
    const seen = [];
    const site = () => ((s) => s)\`same \${0} site\`;
    const other = () => ((s) => s)\`same \${0} site\`;
    seen.push(site());
    hostWait(1);
    seen.push(site());
    for (let i = 0; i < 2; i++) { seen.push(other()); hostWait(i); }
    return [seen[0] === seen[1], seen[2] === seen[3], seen[0] === seen[2], Object.isFrozen(seen[1]), Object.isFrozen(seen[1].raw),
      Object.keys(seen[1]), Object.getOwnPropertyDescriptor(seen[1], "raw").enumerable, seen[3].raw];`,
  "a member tag keeps its this, and String.raw after a resume": `
    const fmt = {
      unit: "ms",
      tag(strings, ...subs) { hostWait(1); return strings.map((s, i) => s + (i < subs.length ? subs[i] + this.unit : "")).join(""); },
    };
    const t = 5;
    const first = fmt.tag\`took \${t} and \${t * 2}\`;
    hostWait(2);
    return [first, String.raw\`C:\\dir\\\${t}\`, String.raw({ raw: ["a", "b"] }, hostWait(3))];`,
};

for (const [name, src] of Object.entries(cases)) {
  test(`tagged templates across snapshots: ${name}`, () => {
    const program = compile(src, "case.js");
    const expected = straight(program);
    const { value, hops } = hopping(program);
    assert.ok(hops > 0, "the case must suspend at least once");
    assert.deepEqual(value, expected);
  });
}

test("the identity checks hold when the run never stops, too", () => {
  const program = compile(cases["a site's template object is the same object before and after a resume"]!, "case.js");
  assert.deepEqual(straight(program), [true, true, false, true, true, ["0", "1"], false, ["same ", " site"]]);
});

test("a snapshot carries each template object once, by program and call site", () => {
  const src = "const f = (s) => s; const a = f`one`; const b = f`two`; hostWait(1); return [a === f`one`, a === b];";
  const program = compile(src, "sites.js");
  const out = hostWaitRuntime().run(program);
  if (out.status !== "suspended") return assert.fail("the run must suspend");
  out.run.pending.catch(() => {});
  const doc = JSON.parse(JSON.stringify(out.run.snapshot()));
  const templates = doc.body.templates as Array<[number, number, unknown]>;
  assert.deepEqual(templates.map(([p, site]) => [p, site]), [[0, src.indexOf("`one`")], [0, src.indexOf("`two`")]]);
  const done = hostWaitRuntime().restore(doc, { programs: [program] }).resume(10);
  if (done.status !== "done") return assert.fail("the restored run must finish");
  // a === f`one` is false: `f\`one\`` in the return is a third call site.
  assert.deepEqual(toHost(done.value), [false, false]);

  const bad = JSON.parse(JSON.stringify(doc));
  bad.body.templates[1][2] = "not an array";
  assert.throws(() => hostWaitRuntime().restore(bad, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && e.kind === "corrupted" && /template object 1 is not a frozen array/.test(e.message));
  const twice = JSON.parse(JSON.stringify(doc));
  twice.body.templates[1][1] = twice.body.templates[0][1];
  assert.throws(() => hostWaitRuntime().restore(twice, { programs: [program] }), (e: unknown) => e instanceof SnapshotError && /repeats a call site/.test(e.message));
});

test("two runs of one program get their own template objects", () => {
  const program = compile("return ((s) => s)`per run`;", "runs.js");
  const rt = hostWaitRuntime();
  const first = rt.run(program);
  const second = rt.run(program);
  if (first.status !== "done" || second.status !== "done") return assert.fail("both runs must finish");
  assert.deepEqual(toHost(first.value), ["per run"]);
  assert.notEqual(first.value, second.value, "a template object is never shared between runs");
});
