-- What central does not take on a kiosk's word.

-- Offline confirmations central honoured on a seat the kiosk held in escrow although its
-- own facts refuse them: the known price of confirming offline, for staff to follow up.
CREATE TABLE central_offline_override (
    booking_id  TEXT PRIMARY KEY,
    kiosk_id    TEXT NOT NULL,
    refusals    TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
) WITHOUT ROWID;

-- B11: a visitor of another establishment in front of a kiosk, for a short while.
-- At most one per kiosk: the next badge read ends the previous visitor's session.
CREATE TABLE central_visitor_session (
    id         TEXT PRIMARY KEY,
    kiosk_id   TEXT NOT NULL UNIQUE,
    visitor_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
