ALTER TABLE threads DROP COLUMN reminded_at;
