-- Core schema: accounts, sessions, closed groups, threads and posts.
-- Ids are UUIDs stored as TEXT so one diesel schema serves SQLite and PostgreSQL.
CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT,
    role TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'member')),
    locale TEXT,
    created_at TIMESTAMP NOT NULL
);

-- One row per browser session or API token; revoking a row ends it.
CREATE TABLE sessions (
    id TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('web', 'api')),
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user_idx ON sessions(user_id);

CREATE TABLE "groups" (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    last_activity_at TIMESTAMP NOT NULL
);

CREATE TABLE memberships (
    group_id TEXT NOT NULL REFERENCES "groups"(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('member', 'facilitator')),
    joined_at TIMESTAMP NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships(user_id);

CREATE TABLE threads (
    id TEXT PRIMARY KEY NOT NULL,
    group_id TEXT NOT NULL REFERENCES "groups"(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('case', 'narrative')),
    title TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    last_post_at TIMESTAMP NOT NULL,
    -- Number of posts; each post's seq is its position, so unread = post_count - last_read_seq.
    post_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX threads_group_activity_idx ON threads(group_id, last_post_at);

CREATE TABLE posts (
    id TEXT PRIMARY KEY NOT NULL,
    thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES posts(id),
    author_id TEXT NOT NULL REFERENCES users(id),
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    body_html TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP,
    UNIQUE (thread_id, seq)
);

CREATE TABLE thread_reads (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
    last_read_seq INTEGER NOT NULL,
    PRIMARY KEY (user_id, thread_id)
);
