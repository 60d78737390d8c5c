-- Seats taken by confirmed bookings, per round and day, kept by the database itself on every
-- write to booking (a double visit counts in both its rounds, B8). Availability reads a
-- fortnight's counts from here instead of counting a thousand bookings each time; seat holds,
-- which expire with the clock, are still counted where they are.
CREATE TABLE round_day_seats (
    round_id  TEXT NOT NULL,
    date      TEXT NOT NULL,
    confirmed INTEGER NOT NULL,
    PRIMARY KEY (round_id, date)
) WITHOUT ROWID;

INSERT INTO round_day_seats (round_id, date, confirmed)
SELECT round_id, date, count(*) FROM (
    SELECT round_id, date FROM booking WHERE status = 'CONFIRMED'
    UNION ALL
    SELECT second_round_id, date FROM booking WHERE status = 'CONFIRMED' AND second_round_id IS NOT NULL
) GROUP BY round_id, date;

CREATE TRIGGER round_day_seats_on_insert AFTER INSERT ON booking
WHEN NEW.status = 'CONFIRMED'
BEGIN
    INSERT INTO round_day_seats (round_id, date, confirmed) VALUES (NEW.round_id, NEW.date, 1)
        ON CONFLICT (round_id, date) DO UPDATE SET confirmed = confirmed + 1;
    INSERT INTO round_day_seats (round_id, date, confirmed)
        SELECT NEW.second_round_id, NEW.date, 1 WHERE NEW.second_round_id IS NOT NULL
        ON CONFLICT (round_id, date) DO UPDATE SET confirmed = confirmed + 1;
END;

CREATE TRIGGER round_day_seats_on_delete AFTER DELETE ON booking
WHEN OLD.status = 'CONFIRMED'
BEGIN
    UPDATE round_day_seats SET confirmed = confirmed - 1 WHERE round_id = OLD.round_id AND date = OLD.date;
    UPDATE round_day_seats SET confirmed = confirmed - 1 WHERE round_id = OLD.second_round_id AND date = OLD.date;
END;

CREATE TRIGGER round_day_seats_on_update AFTER UPDATE OF status, round_id, second_round_id, date ON booking
WHEN (OLD.status = 'CONFIRMED' OR NEW.status = 'CONFIRMED')
  AND (OLD.status IS NOT NEW.status OR OLD.round_id IS NOT NEW.round_id
       OR OLD.second_round_id IS NOT NEW.second_round_id OR OLD.date IS NOT NEW.date)
BEGIN
    UPDATE round_day_seats SET confirmed = confirmed - 1
        WHERE OLD.status = 'CONFIRMED' AND round_id = OLD.round_id AND date = OLD.date;
    UPDATE round_day_seats SET confirmed = confirmed - 1
        WHERE OLD.status = 'CONFIRMED' AND round_id = OLD.second_round_id AND date = OLD.date;
    INSERT INTO round_day_seats (round_id, date, confirmed)
        SELECT NEW.round_id, NEW.date, 1 WHERE NEW.status = 'CONFIRMED'
        ON CONFLICT (round_id, date) DO UPDATE SET confirmed = confirmed + 1;
    INSERT INTO round_day_seats (round_id, date, confirmed)
        SELECT NEW.second_round_id, NEW.date, 1 WHERE NEW.status = 'CONFIRMED' AND NEW.second_round_id IS NOT NULL
        ON CONFLICT (round_id, date) DO UPDATE SET confirmed = confirmed + 1;
END;
