-- When the quiet-phase reminder for a narrative thread was last sent.
ALTER TABLE threads ADD COLUMN reminded_at TIMESTAMP;
