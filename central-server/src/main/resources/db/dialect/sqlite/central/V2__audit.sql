-- Technicians' actions at each kiosk, as its sync agent delivers them: ids and words
-- only, no personal data. A kiosk numbers its own entries; (kiosk_id, local_id) makes a
-- second delivery of the same entry harmless.
CREATE TABLE central_audit (
    kiosk_id      TEXT NOT NULL,
    local_id      INTEGER NOT NULL,
    technician_id TEXT NOT NULL,
    action        TEXT NOT NULL,
    detail        TEXT NOT NULL,
    at            INTEGER NOT NULL,
    received_at   INTEGER NOT NULL,
    PRIMARY KEY (kiosk_id, local_id)
) WITHOUT ROWID;
CREATE INDEX central_audit_by_time ON central_audit (at);
