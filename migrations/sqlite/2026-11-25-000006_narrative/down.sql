DROP TABLE observation_notes;
ALTER TABLE threads DROP COLUMN phase;
ALTER TABLE threads DROP COLUMN listener_id;
