DROP TRIGGER users_version_name;
DROP TRIGGER posts_version_delete;
DROP TRIGGER posts_version_update;
DROP TRIGGER posts_version_insert;
ALTER TABLE threads DROP COLUMN version;
