-- Narrative threads: a teller (the thread's author), one listener, phases.
ALTER TABLE threads ADD COLUMN listener_id TEXT REFERENCES users(id);
ALTER TABLE threads ADD COLUMN phase TEXT;

-- An observer's private notes on a narrative thread, publishable in reflection.
CREATE TABLE observation_notes (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    author_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    published_post_id TEXT REFERENCES posts(id)
);
CREATE INDEX observation_notes_thread_author_idx ON observation_notes(thread_id, author_id);
