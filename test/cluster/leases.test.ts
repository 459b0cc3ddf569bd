// The long version of test/cluster.test.ts (`npm run test:cluster`): the same guarantees
// with the default 10 s lease, steps three leases long, 40 jobs across the skewed node and
// a 20 s sleep.
process.env.KITWORK_CLUSTER_LONG = "1";
await import("../cluster.test.ts");
