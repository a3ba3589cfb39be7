ALTER TABLE users DROP COLUMN mail_disabled_at;
ALTER TABLE users DROP COLUMN bounce_count;
