-- How a member's earlier replies by email ended, as keyed hashes of their
-- last lines (never the text): the block that recurs at the end is their
-- signature, removed from the next reply. The last ten per member are kept.
CREATE TABLE reply_endings (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    received_at TIMESTAMP NOT NULL,
    tags TEXT NOT NULL
);
CREATE INDEX reply_endings_user ON reply_endings (user_id, received_at);
