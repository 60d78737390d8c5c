-- A kiosk holds a handful of seats at a time, each for minutes: the table fits in one page,
-- which a scan reads as fast as an index, while each hold and each booking also wrote four
-- index pages (id, round, holder, expiry), every page one more to flush at the commit. Keyed
-- by its id alone, the table is one tree: a hold writes one page, a booking deletes from it.
CREATE TABLE seat_hold_keyed (
    id          TEXT PRIMARY KEY,
    round_id    TEXT NOT NULL REFERENCES round (id),
    date        TEXT NOT NULL,
    held_by     TEXT NOT NULL,
    detainee_id TEXT NOT NULL,
    expires_at  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO seat_hold_keyed (id, round_id, date, held_by, detainee_id, expires_at)
    SELECT id, round_id, date, held_by, detainee_id, expires_at FROM seat_hold;
DROP TABLE seat_hold;
ALTER TABLE seat_hold_keyed RENAME TO seat_hold;
