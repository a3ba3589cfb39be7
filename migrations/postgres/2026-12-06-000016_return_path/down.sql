ALTER TABLE outbox DROP COLUMN return_path;
ALTER TABLE outbox DROP COLUMN hard_refusal;
