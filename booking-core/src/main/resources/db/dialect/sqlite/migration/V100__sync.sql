-- What the sync agent keeps beside the replica. Versions 100 and up belong to the sync
-- protocol; the store's own migrations stay below.

-- Where the replica stands in central's changes feed; one row.
CREATE TABLE sync_cursor (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    cursor        TEXT NOT NULL,
    caught_up_at  INTEGER
);

-- This kiosk's escrow per round occurrence, as cumulative totals merged by maximum.
CREATE TABLE sync_allotment (
    round_id TEXT NOT NULL,
    date     TEXT NOT NULL,
    granted  INTEGER NOT NULL DEFAULT 0 CHECK (granted >= 0),
    returned INTEGER NOT NULL DEFAULT 0 CHECK (returned >= 0),
    recalled INTEGER NOT NULL DEFAULT 0 CHECK (recalled >= 0),
    PRIMARY KEY (round_id, date)
) WITHOUT ROWID;

-- Bookings made at this kiosk that central confirmed directly (the online path); those
-- confirmed offline are known by their outbox row. Both count against the escrow.
CREATE TABLE sync_origin (
    booking_id TEXT PRIMARY KEY
) WITHOUT ROWID;

-- Changes central refused, with every reason, for the kiosk app to show.
CREATE TABLE sync_refusal (
    outbox_id   INTEGER PRIMARY KEY,
    booking_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    reasons     TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX sync_refusal_by_booking ON sync_refusal (booking_id);

-- The agent's own state for the technician screen: last contact, last error, heartbeat.
CREATE TABLE sync_status (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
