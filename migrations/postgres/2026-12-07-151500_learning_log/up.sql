-- A member's private learning log (issue 18): what they learned from a
-- discussion and what they will change, for appraisal or the handledare.
-- Only its author ever reads a row. `thread_id` is kept while the thread
-- exists (retention may delete a closed group's threads: then only the
-- group is remembered, for "a case discussion in <group>").
CREATE TABLE learning_entries (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    entry_date DATE NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    learned TEXT NOT NULL,
    will_change TEXT,
    -- Curriculum tag codes, space separated ("STc7 rcgp-mental-health").
    tags TEXT NOT NULL DEFAULT '',
    thread_id TEXT REFERENCES threads (id) ON DELETE SET NULL,
    group_id TEXT REFERENCES "groups" (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX learning_entries_user_date ON learning_entries (user_id, entry_date);
CREATE INDEX learning_entries_thread ON learning_entries (thread_id);
