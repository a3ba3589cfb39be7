DROP TRIGGER users_version_name ON users;
DROP FUNCTION users_bump_thread_version();
DROP TRIGGER posts_version ON posts;
DROP FUNCTION posts_bump_thread_version();
ALTER TABLE threads DROP COLUMN version;
