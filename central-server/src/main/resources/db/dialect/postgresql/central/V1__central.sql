-- PostgreSQL's version of db/dialect/sqlite/central/V1__central.sql.

-- The changes feed. seq comes from an identity, taken only under the feed's advisory lock
-- (ChangeFeed), which is held until commit: sequence numbers become visible in commit
-- order, so a reader past seq N never meets a smaller one later. A rolled-back transaction
-- leaves a gap that is never filled; readers only ever ask for seq > cursor.
CREATE TABLE central_feed (
    seq   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope TEXT NOT NULL,
    kind  TEXT NOT NULL,
    body  TEXT NOT NULL
);
CREATE INDEX central_feed_by_scope ON central_feed (scope, seq);

CREATE TABLE central_idempotency (
    principal  TEXT NOT NULL,
    key        TEXT NOT NULL,
    request    TEXT NOT NULL,
    answer     TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (principal, key)
);

CREATE TABLE central_kiosk (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishment (id),
    last_heartbeat   TEXT,
    last_seen        BIGINT
);

CREATE TABLE central_booking_origin (
    booking_id TEXT PRIMARY KEY REFERENCES booking (id),
    kiosk_id   TEXT NOT NULL
);
CREATE INDEX central_booking_origin_by_kiosk ON central_booking_origin (kiosk_id);

CREATE TABLE central_allotment (
    kiosk_id TEXT NOT NULL,
    round_id TEXT NOT NULL,
    date     TEXT NOT NULL,
    granted  INTEGER NOT NULL DEFAULT 0,
    returned INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kiosk_id, round_id, date)
);
CREATE INDEX central_allotment_by_occurrence ON central_allotment (round_id, date);
