-- Kiosk identities: the certificate each kiosk was enrolled with (SHA-256 of its DER), so a
-- replaced or revoked certificate is refused although the authority signed it; and when the
-- kiosk was revoked, after which central refuses every call it makes.
ALTER TABLE central_kiosk ADD COLUMN certificate_sha256 TEXT;
ALTER TABLE central_kiosk ADD COLUMN revoked_at INTEGER;
