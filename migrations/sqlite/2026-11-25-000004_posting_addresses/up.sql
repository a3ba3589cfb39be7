-- Posting addresses, group+TOKEN@domain: a member starts a case by email.
CREATE TABLE posting_tokens (
    token TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    group_id TEXT NOT NULL REFERENCES "groups"(id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX posting_tokens_user_group_idx ON posting_tokens(user_id, group_id);
