-- Indexes the booking rules' queries need (measured by the store benchmark).

-- Every hold and confirmation first drops the expired holds: without this the purge reads
-- the whole table.
CREATE INDEX seat_hold_by_expiry ON seat_hold (expires_at);

-- The rules read a detainee's confirmed bookings (quotas, one visit a day); cancelled ones
-- pile up beside them over the months a replica keeps.
CREATE INDEX booking_confirmed_of_detainee ON booking (detainee_id, date) WHERE status = 'CONFIRMED';
