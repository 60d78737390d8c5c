-- PostgreSQL's version of db/dialect/sqlite/migration/V100__sync.sql (the sync agent's tables).

CREATE TABLE sync_cursor (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    cursor        TEXT NOT NULL,
    caught_up_at  BIGINT
);

CREATE TABLE sync_allotment (
    round_id TEXT NOT NULL,
    date     TEXT NOT NULL,
    granted  INTEGER NOT NULL DEFAULT 0 CHECK (granted >= 0),
    returned INTEGER NOT NULL DEFAULT 0 CHECK (returned >= 0),
    recalled INTEGER NOT NULL DEFAULT 0 CHECK (recalled >= 0),
    PRIMARY KEY (round_id, date)
);

CREATE TABLE sync_origin (
    booking_id TEXT PRIMARY KEY
);

CREATE TABLE sync_refusal (
    outbox_id   BIGINT PRIMARY KEY,
    booking_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    reasons     TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX sync_refusal_by_booking ON sync_refusal (booking_id);

CREATE TABLE sync_status (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
