-- Outbound email: delivery choices, digest marks, reply tokens and the outbox.
ALTER TABLE users ADD COLUMN time_zone TEXT;
ALTER TABLE users ADD COLUMN digest_hour INTEGER NOT NULL DEFAULT 7;
-- 1 = Monday ... 7 = Sunday
ALTER TABLE users ADD COLUMN digest_weekday INTEGER NOT NULL DEFAULT 1;

-- A member's delivery choice for one group; no row means the default (daily).
CREATE TABLE delivery_choices (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES "groups"(id) ON DELETE CASCADE,
    delivery TEXT NOT NULL CHECK (delivery IN ('each', 'daily', 'weekly', 'none')),
    PRIMARY KEY (user_id, group_id)
);

-- How far each member's digests have covered each group.
CREATE TABLE digest_marks (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES "groups"(id) ON DELETE CASCADE,
    sent_up_to TIMESTAMP NOT NULL,
    last_run_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, group_id)
);

-- Reply addresses: reply+TOKEN@domain names one member and one thread.
CREATE TABLE reply_tokens (
    token TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX reply_tokens_user_thread_idx ON reply_tokens(user_id, thread_id);

-- Posts whose per-post notifications are still to be composed.
CREATE TABLE post_notifications (
    post_id TEXT PRIMARY KEY NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL
);

-- Every message, composed in the transaction that caused it, sent afterwards.
CREATE TABLE outbox (
    id TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    raw TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    claimed_until TIMESTAMP,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX outbox_due_idx ON outbox(status, next_attempt_at);
