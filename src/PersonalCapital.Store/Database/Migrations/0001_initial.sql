-- The first schema. Written once for both providers: TEXT dates (yyyy-MM-dd, ISO 8601 times) compare in order on
-- both, and every statement below means the same to SQLite and PostgreSQL. Every row carries its login.

CREATE TABLE transactions (
    login        TEXT    NOT NULL,
    id           BIGINT  NOT NULL,   -- userTransactionId
    account_id   BIGINT,
    date         TEXT    NOT NULL,   -- transactionDate
    day_rank     INTEGER NOT NULL,   -- the upstream's order among the rows of that date (0 first)
    pending      BOOLEAN NOT NULL,
    category_id  BIGINT,
    amount       NUMERIC,            -- signed: money out negative
    upstream     TEXT    NOT NULL,   -- the whole upstream object, unknown fields included
    legacy_full  TEXT    NOT NULL,   -- the legacy routes' row with its category name (redone when categories change)
    legacy_clean TEXT    NOT NULL,   -- the same, the original's ignore list removed
    PRIMARY KEY (login, id)
);
CREATE INDEX ix_transactions_date ON transactions (login, date DESC, day_rank);
CREATE INDEX ix_transactions_account ON transactions (login, account_id, date);
CREATE INDEX ix_transactions_category ON transactions (login, category_id, date);
CREATE INDEX ix_transactions_pending ON transactions (login, pending, date);

-- The latest whole answers (accounts, holdings, categories, ...) and bodies derived from them once per sync.
CREATE TABLE documents (
    login     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    body      TEXT NOT NULL,
    synced_at TEXT NOT NULL,
    PRIMARY KEY (login, kind)
);

-- One row a day: the getHistories net-worth point and balance point of that date, as the upstream sent them.
CREATE TABLE history_days (
    login     TEXT NOT NULL,
    date      TEXT NOT NULL,
    networth  TEXT,
    balances  TEXT,
    PRIMARY KEY (login, date)
);

CREATE TABLE sync_state (
    login            TEXT    PRIMARY KEY,
    coverage_start   TEXT,               -- every transaction from here ...
    coverage_end     TEXT,               -- ... to here is stored
    history_complete BOOLEAN NOT NULL,   -- the first sync reached the start of the upstream's history
    version          BIGINT  NOT NULL,   -- grows with every change of stored data (ETags)
    last_success_at  TEXT,
    last_error       TEXT,
    last_error_at    TEXT,
    categories_hash  TEXT
);

CREATE TABLE sync_runs (
    id          TEXT    PRIMARY KEY,
    login       TEXT    NOT NULL,
    seq         BIGINT  NOT NULL,    -- 1, 2, ... per login: the order of the runs whatever the clocks say
    instance    TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    ended_at    TEXT,
    added       INTEGER NOT NULL,
    changed     INTEGER NOT NULL,
    removed     INTEGER NOT NULL,
    error       TEXT
);
CREATE UNIQUE INDEX ix_sync_runs_seq ON sync_runs (login, seq);

-- The upstream session, in the session file's (encrypted) format, so instances on one database share one login.
CREATE TABLE sessions (
    login    TEXT PRIMARY KEY,
    content  TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

-- Leases for work that must not run twice at once (SQLite; PostgreSQL uses advisory locks).
CREATE TABLE leases (
    name        TEXT PRIMARY KEY,
    holder      TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
