-- Central's own tables, beside the booking-core schema it shares with the kiosks.

-- The changes feed: append-only, so a thing always appears before what refers to it.
-- scope is an establishment id, or 'kiosk:<id>' for one kiosk's allotments.
CREATE TABLE central_feed (
    seq   INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    kind  TEXT NOT NULL,
    body  TEXT NOT NULL
);
CREATE INDEX central_feed_by_scope ON central_feed (scope, seq);

-- Idempotency keys never expire: a kiosk may be offline for days.
CREATE TABLE central_idempotency (
    principal  TEXT NOT NULL,
    key        TEXT NOT NULL,
    request    TEXT NOT NULL,
    answer     TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (principal, key)
) WITHOUT ROWID;

-- The kiosks central knows, by certificate name, and the establishment each serves.
CREATE TABLE central_kiosk (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishment (id),
    last_heartbeat   TEXT,
    last_seen        INTEGER
) WITHOUT ROWID;

-- Which kiosk made a booking: its bookings consume its escrow first.
CREATE TABLE central_booking_origin (
    booking_id TEXT PRIMARY KEY REFERENCES booking (id),
    kiosk_id   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX central_booking_origin_by_kiosk ON central_booking_origin (kiosk_id);

-- Escrow per kiosk and round occurrence, as cumulative totals.
CREATE TABLE central_allotment (
    kiosk_id TEXT NOT NULL,
    round_id TEXT NOT NULL,
    date     TEXT NOT NULL,
    granted  INTEGER NOT NULL DEFAULT 0,
    returned INTEGER NOT NULL DEFAULT 0,
    recalled INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kiosk_id, round_id, date)
) WITHOUT ROWID;
CREATE INDEX central_allotment_by_occurrence ON central_allotment (round_id, date);
