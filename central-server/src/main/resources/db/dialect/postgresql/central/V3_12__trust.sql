-- PostgreSQL's version of db/dialect/sqlite/central/V3_12__trust.sql.
CREATE TABLE central_offline_override (
    booking_id  TEXT PRIMARY KEY,
    kiosk_id    TEXT NOT NULL,
    refusals    TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);

CREATE TABLE central_visitor_session (
    id         TEXT PRIMARY KEY,
    kiosk_id   TEXT NOT NULL UNIQUE,
    visitor_id TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
