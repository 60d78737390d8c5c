-- Technician mode: accounts, the kiosk's out-of-service switch, the audit log and the
-- "sync now" requests. Versions 200 and up belong to technician mode.

-- A technician: an opaque id (an employee number, never a name), the SHA-256 of the
-- badge code (as for visitors' badges) and the PIN as a salted PBKDF2 hash. After
-- repeated wrong PINs the account is locked until locked_until (epoch milliseconds).
CREATE TABLE technician (
    id              TEXT PRIMARY KEY,
    badge_hash      TEXT NOT NULL UNIQUE,
    pin_hash        TEXT NOT NULL,
    pin_salt        TEXT NOT NULL,
    pin_iterations  INTEGER NOT NULL CHECK (pin_iterations >= 100000),
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    INTEGER,
    enrolled_at     INTEGER NOT NULL
);

-- Whether the kiosk serves visitors; one row, absent until first switched.
CREATE TABLE kiosk_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    out_of_service INTEGER NOT NULL CHECK (out_of_service IN (0, 1)),
    reason         TEXT,
    changed_at     INTEGER NOT NULL,
    changed_by     TEXT NOT NULL
);

-- Every technician action, oldest first. No personal data in detail. The sync agent
-- sends the rows with pushed = 0 to central and then sets pushed = 1.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    technician_id TEXT NOT NULL,
    action        TEXT NOT NULL,
    detail        TEXT NOT NULL,
    at            INTEGER NOT NULL,
    pushed        INTEGER NOT NULL DEFAULT 0 CHECK (pushed IN (0, 1))
);
CREATE INDEX audit_log_to_push ON audit_log (pushed, id);

-- A technician asked for a sync pass now; the sync agent handles rows whose
-- handled_at is NULL and then stamps them.
CREATE TABLE sync_now_request (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    requested_by TEXT NOT NULL,
    requested_at INTEGER NOT NULL,
    handled_at   INTEGER
);
CREATE INDEX sync_now_request_open ON sync_now_request (handled_at, id);
