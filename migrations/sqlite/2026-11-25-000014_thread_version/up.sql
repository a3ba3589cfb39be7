-- Every change that shows on a thread page (a post added, edited or removed,
-- an author renamed or deleted) moves the thread's version on, in the same
-- transaction. Caches of a thread's posts are keyed by it, so they can never
-- serve a stale page, whichever instance made the change.
ALTER TABLE threads ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER posts_version_insert AFTER INSERT ON posts BEGIN
    UPDATE threads SET version = version + 1 WHERE id = NEW.thread_id;
END;
CREATE TRIGGER posts_version_update AFTER UPDATE ON posts BEGIN
    UPDATE threads SET version = version + 1 WHERE id IN (OLD.thread_id, NEW.thread_id);
END;
CREATE TRIGGER posts_version_delete AFTER DELETE ON posts BEGIN
    UPDATE threads SET version = version + 1 WHERE id = OLD.thread_id;
END;
CREATE TRIGGER users_version_name AFTER UPDATE OF name ON users
WHEN OLD.name IS NOT NEW.name BEGIN
    UPDATE threads SET version = version + 1
    WHERE id IN (SELECT thread_id FROM posts WHERE author_id = NEW.id);
END;
