// expect: {"cfg":{"db":{"port":5433,"host":"x"}}}
const o = { cfg: { db: { port: 5432 } } };
o.cfg.db.port++;
o.cfg.db["host"] = "x";
return o;
