-- Seats taken by confirmed bookings, per round and day, kept by the database itself on every
-- write to booking (a double visit counts in both its rounds, B8). Availability reads a
-- fortnight's counts from here instead of counting a thousand bookings each time; seat holds,
-- which expire with the clock, are still counted where they are. Under SERIALIZABLE, two
-- writers of one round day now also meet on its row here, as they already met on its bookings.
CREATE TABLE round_day_seats (
    round_id  TEXT NOT NULL,
    date      TEXT NOT NULL,
    confirmed INTEGER NOT NULL,
    PRIMARY KEY (round_id, date)
);

INSERT INTO round_day_seats (round_id, date, confirmed)
SELECT round_id, date, count(*) FROM (
    SELECT round_id, date FROM booking WHERE status = 'CONFIRMED'
    UNION ALL
    SELECT second_round_id, date FROM booking WHERE status = 'CONFIRMED' AND second_round_id IS NOT NULL
) AS seat GROUP BY round_id, date;

CREATE FUNCTION round_day_seats_add(round TEXT, day TEXT, seats INTEGER) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO round_day_seats (round_id, date, confirmed) VALUES (round, day, seats)
            ON CONFLICT (round_id, date) DO UPDATE SET confirmed = round_day_seats.confirmed + seats
    $$;

CREATE FUNCTION round_day_seats_follow() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'CONFIRMED' THEN
            IF TG_OP = 'UPDATE' AND NEW.status = 'CONFIRMED' AND NEW.round_id = OLD.round_id
                    AND NEW.second_round_id IS NOT DISTINCT FROM OLD.second_round_id AND NEW.date = OLD.date THEN
                RETURN NULL;
            END IF;
            PERFORM round_day_seats_add(OLD.round_id, OLD.date, -1);
            IF OLD.second_round_id IS NOT NULL THEN
                PERFORM round_day_seats_add(OLD.second_round_id, OLD.date, -1);
            END IF;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'CONFIRMED' THEN
            PERFORM round_day_seats_add(NEW.round_id, NEW.date, 1);
            IF NEW.second_round_id IS NOT NULL THEN
                PERFORM round_day_seats_add(NEW.second_round_id, NEW.date, 1);
            END IF;
        END IF;
        RETURN NULL;
    END
    $$;

CREATE TRIGGER round_day_seats_follow AFTER INSERT OR UPDATE OR DELETE ON booking
    FOR EACH ROW EXECUTE FUNCTION round_day_seats_follow();
