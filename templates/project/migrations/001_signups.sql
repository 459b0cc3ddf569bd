-- The signups table of works/signup.js and works/send-welcome.js. Migrations run in name
-- order on the default database when kitwork starts (or with kitwork db migrate works).
CREATE TABLE signups (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  email TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  welcomed_at TEXT
);
