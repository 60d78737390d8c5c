-- Seat holds are the kiosk's (its SQLite replica keeps them in one keyed tree, see the SQLite
-- migration of the same version); central's table stays empty and needs no index besides its key.
DROP INDEX IF EXISTS seat_hold_by_round;
DROP INDEX IF EXISTS seat_hold_by_holder;
DROP INDEX IF EXISTS seat_hold_by_expiry;
