-- Every change that shows on a thread page (a post added, edited or removed,
-- an author renamed or deleted) moves the thread's version on, in the same
-- transaction. Caches of a thread's posts are keyed by it, so they can never
-- serve a stale page, whichever instance made the change.
ALTER TABLE threads ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION posts_bump_thread_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE threads SET version = version + 1 WHERE id = OLD.thread_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.thread_id <> OLD.thread_id) THEN
        UPDATE threads SET version = version + 1 WHERE id = NEW.thread_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER posts_version AFTER INSERT OR UPDATE OR DELETE ON posts
    FOR EACH ROW EXECUTE FUNCTION posts_bump_thread_version();

CREATE FUNCTION users_bump_thread_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE threads SET version = version + 1
    WHERE id IN (SELECT thread_id FROM posts WHERE author_id = NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER users_version_name AFTER UPDATE OF name ON users
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION users_bump_thread_version();
