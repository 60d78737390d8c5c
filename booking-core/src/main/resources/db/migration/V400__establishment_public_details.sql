-- Every establishment's public details in every replica (T5, B11): besides name, address
-- and phone line, the postal address to write to a detainee there and a summary of its
-- visiting days and hours, so a kiosk can tell a visitor of elsewhere whom to call.
ALTER TABLE establishment ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE establishment ADD COLUMN visiting_hours TEXT NOT NULL DEFAULT '';
