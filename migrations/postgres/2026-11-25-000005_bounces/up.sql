-- Hard bounces of our own mail count against a member's address; after a few,
-- kollega stops mailing them and says so on the site.
ALTER TABLE users ADD COLUMN bounce_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN mail_disabled_at TIMESTAMP;
