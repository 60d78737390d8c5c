-- Establishments' public details go to every kiosk (scope '*'), not only to their own
-- establishment's: a kiosk tells a visitor of elsewhere whom to call even when central is
-- out of reach. Kiosks read the feed from their cursor on: those already past these rows
-- receive the other establishments with their next change.
UPDATE central_feed SET scope = '*' WHERE kind = 'establishment';
