-- PostgreSQL's version of db/dialect/sqlite/central/V2_1__kiosk_identity.sql.
ALTER TABLE central_kiosk ADD COLUMN certificate_sha256 TEXT;
ALTER TABLE central_kiosk ADD COLUMN revoked_at BIGINT;
