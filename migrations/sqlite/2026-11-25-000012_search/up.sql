-- Full-text search over posts and thread titles (FTS5, kept in step by
-- triggers; rowids tie each entry to its row). unicode61 folds case for
-- Swedish and English alike; diacritics stay (å, ä and ö are letters of their own).
CREATE VIRTUAL TABLE post_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO post_search(rowid, body) SELECT rowid, body FROM posts;
CREATE TRIGGER post_search_insert AFTER INSERT ON posts BEGIN
    INSERT INTO post_search(rowid, body) VALUES (new.rowid, new.body);
END;
CREATE TRIGGER post_search_update AFTER UPDATE OF body ON posts BEGIN
    UPDATE post_search SET body = new.body WHERE rowid = new.rowid;
END;
CREATE TRIGGER post_search_delete AFTER DELETE ON posts BEGIN
    DELETE FROM post_search WHERE rowid = old.rowid;
END;

CREATE VIRTUAL TABLE thread_search USING fts5(title, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO thread_search(rowid, title) SELECT rowid, title FROM threads;
CREATE TRIGGER thread_search_insert AFTER INSERT ON threads BEGIN
    INSERT INTO thread_search(rowid, title) VALUES (new.rowid, new.title);
END;
CREATE TRIGGER thread_search_update AFTER UPDATE OF title ON threads BEGIN
    UPDATE thread_search SET title = new.title WHERE rowid = new.rowid;
END;
CREATE TRIGGER thread_search_delete AFTER DELETE ON threads BEGIN
    DELETE FROM thread_search WHERE rowid = old.rowid;
END;
