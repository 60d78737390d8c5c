-- The kiosk's replica of its establishment, and what the kiosk itself writes.
-- Dates are ISO-8601 text (YYYY-MM-DD, sorts as dates); instants are epoch milliseconds;
-- booleans are 0/1. Enumerations are stored by their Java names.

CREATE TABLE establishment (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    address             TEXT NOT NULL,
    parloir_phone       TEXT NOT NULL,
    parloir_phone_hours TEXT NOT NULL,
    zone                TEXT NOT NULL
);

-- A weekly visiting slot (B5); day_of_week is ISO (1 = Monday).
CREATE TABLE round (
    id               TEXT PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishment (id),
    day_of_week      INTEGER NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_time       TEXT NOT NULL,
    length_minutes   INTEGER NOT NULL CHECK (length_minutes > 0),
    capacity         INTEGER NOT NULL CHECK (capacity >= 0)
);
CREATE INDEX round_by_establishment ON round (establishment_id, day_of_week);

-- B12: a whole day when round_id is NULL, else one round of that day.
CREATE TABLE closure (
    id               INTEGER PRIMARY KEY,
    establishment_id TEXT NOT NULL REFERENCES establishment (id),
    date             TEXT NOT NULL,
    round_id         TEXT REFERENCES round (id),
    reason           TEXT NOT NULL
);
CREATE UNIQUE INDEX closure_once ON closure (establishment_id, date, ifnull(round_id, ''));

CREATE TABLE detainee (
    id                   TEXT PRIMARY KEY,
    establishment_id     TEXT NOT NULL REFERENCES establishment (id),
    first_name           TEXT NOT NULL,
    last_name            TEXT NOT NULL,
    ecrou                TEXT NOT NULL,
    category             TEXT NOT NULL CHECK (category IN ('UNTRIED', 'SENTENCED')),
    double_visit_granted INTEGER NOT NULL DEFAULT 0,
    in_disciplinary_cell INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX detainee_by_establishment ON detainee (establishment_id);

CREATE TABLE visitor (
    id         TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name  TEXT NOT NULL,
    birth_date TEXT NOT NULL
);

-- P5: only the SHA-256 of the code is kept.
CREATE TABLE badge (
    code_hash  TEXT PRIMARY KEY,
    visitor_id TEXT NOT NULL REFERENCES visitor (id),
    revoked    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX badge_by_visitor ON badge (visitor_id);

CREATE TABLE permit (
    id                 TEXT PRIMARY KEY,
    visitor_id         TEXT NOT NULL REFERENCES visitor (id),
    detainee_id        TEXT NOT NULL REFERENCES detainee (id),
    kind               TEXT NOT NULL CHECK (kind IN ('PERMANENT', 'PROVISIONAL')),
    remaining_visits   INTEGER NOT NULL DEFAULT 0 CHECK (remaining_visits >= 0),
    status             TEXT NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    parental_consent   INTEGER NOT NULL DEFAULT 0,
    detainee_is_parent INTEGER NOT NULL DEFAULT 0,
    UNIQUE (visitor_id, detainee_id)
);
CREATE INDEX permit_by_detainee ON permit (detainee_id);

CREATE TABLE booking (
    id              TEXT PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    booked_by       TEXT NOT NULL,
    detainee_id     TEXT NOT NULL REFERENCES detainee (id),
    round_id        TEXT NOT NULL REFERENCES round (id),
    second_round_id TEXT REFERENCES round (id),
    date            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('CONFIRMED', 'CANCELLED', 'CANCELLED_BY_CLOSURE')),
    channel         TEXT NOT NULL CHECK (channel IN ('KIOSK', 'PORTAL', 'PHONE')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX booking_by_detainee ON booking (detainee_id, date);
CREATE INDEX booking_by_round ON booking (round_id, date, status);
CREATE INDEX booking_by_second_round ON booking (second_round_id, date, status) WHERE second_round_id IS NOT NULL;
CREATE INDEX booking_by_booker ON booking (booked_by, date);

-- The visitors named in a booking, the lead visitor at position 0 (B2).
CREATE TABLE booking_visitor (
    booking_id TEXT NOT NULL REFERENCES booking (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position BETWEEN 0 AND 2),
    visitor_id TEXT NOT NULL REFERENCES visitor (id),
    PRIMARY KEY (booking_id, position),
    UNIQUE (booking_id, visitor_id)
) WITHOUT ROWID;
CREATE INDEX booking_visitor_by_visitor ON booking_visitor (visitor_id);

-- A seat kept while a visitor finishes booking; worthless once expires_at has passed.
CREATE TABLE seat_hold (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES round (id),
    date        TEXT NOT NULL,
    held_by     TEXT NOT NULL,
    detainee_id TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
);
CREATE INDEX seat_hold_by_round ON seat_hold (round_id, date, expires_at);
CREATE INDEX seat_hold_by_holder ON seat_hold (held_by);

-- What the kiosk did and the sync agent must push, written in the same transaction.
CREATE TABLE outbox (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_id TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('CREATE', 'CHANGE_VISITORS', 'CANCEL')),
    payload    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    state      TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'REJECTED'))
);
CREATE INDEX outbox_by_state ON outbox (state, id);
CREATE INDEX outbox_by_booking ON outbox (booking_id);

-- Settings in layers (SettingsSource): a value set for an establishment, a round or a detainee.
CREATE TABLE settings_override (
    scope    TEXT NOT NULL CHECK (scope IN ('ESTABLISHMENT', 'ROUND', 'DETAINEE')),
    scope_id TEXT NOT NULL,
    key      TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (scope, scope_id, key)
) WITHOUT ROWID;
