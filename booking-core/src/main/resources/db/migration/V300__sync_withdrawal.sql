-- The sync protocol again, after technician mode (200): versions only grow, so a replica
-- already at 200 takes this one too.
-- Online bookings the kiosk app was told were not made, because central did not answer
-- in time: the request may have reached central all the same, so the sync agent withdraws
-- each at central, then forgets it. Booking ids only, made by the kiosk: nothing personal.
CREATE TABLE sync_withdrawal (
    booking_id TEXT PRIMARY KEY,
    since      INTEGER NOT NULL
) WITHOUT ROWID;
