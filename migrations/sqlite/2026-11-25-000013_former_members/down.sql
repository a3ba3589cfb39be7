ALTER TABLE users DROP COLUMN deleted_at;
ALTER TABLE groups DROP COLUMN departed_posts;
