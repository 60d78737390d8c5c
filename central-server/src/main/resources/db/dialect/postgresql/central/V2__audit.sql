-- PostgreSQL's version of db/dialect/sqlite/central/V2__audit.sql.
CREATE TABLE central_audit (
    kiosk_id      TEXT NOT NULL,
    local_id      BIGINT NOT NULL,
    technician_id TEXT NOT NULL,
    action        TEXT NOT NULL,
    detail        TEXT NOT NULL,
    at            BIGINT NOT NULL,
    received_at   BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, local_id)
);
CREATE INDEX central_audit_by_time ON central_audit (at);
