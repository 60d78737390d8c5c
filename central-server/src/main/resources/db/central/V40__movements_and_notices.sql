-- B14: a detainee's transfer or release recorded by staff. The bookings it cancels are
-- cancelled when it is recorded; the detainee moves (or its permits end) on effective_date,
-- applied_at saying when central did it.
CREATE TABLE central_movement (
    detainee_id         TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('TRANSFER', 'RELEASE')),
    effective_date      TEXT NOT NULL,
    to_establishment_id TEXT,
    recorded_at         BIGINT NOT NULL,
    applied_at          BIGINT,
    PRIMARY KEY (detainee_id, kind, effective_date)
);
CREATE INDEX central_movement_due ON central_movement (applied_at, effective_date);

-- T4: a visitor's opt-in contact, one per channel, kept only while they have a booked visit.
-- The token is the e-mail's unsubscribe link.
CREATE TABLE central_contact (
    id                TEXT PRIMARY KEY,
    visitor_id        TEXT NOT NULL,
    channel           TEXT NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    address           TEXT NOT NULL,
    language          TEXT NOT NULL,
    unsubscribe_token TEXT NOT NULL UNIQUE,
    created_at        BIGINT NOT NULL,
    UNIQUE (visitor_id, channel)
);
CREATE INDEX central_contact_by_address ON central_contact (channel, address);

-- The notices outbox. The id names the notice (kind, booking, contact), so enqueueing twice
-- is harmless. PENDING -> SENDING (claimed, committed before the send) -> SENT; a failure
-- goes back to PENDING with a later next_attempt_at, PARKED after too many; an SMS whose
-- fate is unknown (central stopped or the SMSC did not answer after submit_sm) is UNCERTAIN
-- and never sent again. The text is written when enqueued, in the visitor's language.
CREATE TABLE central_notice (
    id              TEXT PRIMARY KEY,
    contact_id      TEXT NOT NULL,
    booking_id      TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('CONFIRMATION', 'REMINDER', 'CANCELLATION')),
    channel         TEXT NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    address         TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'PARKED', 'UNCERTAIN', 'DROPPED')),
    due_at          BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    sent_at         BIGINT,
    created_at      BIGINT NOT NULL
);
CREATE INDEX central_notice_due ON central_notice (state, next_attempt_at);
CREATE INDEX central_notice_by_contact ON central_notice (contact_id, state);
