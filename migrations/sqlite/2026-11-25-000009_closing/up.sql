-- Moderators close groups that have gone quiet; every such change is audited.
ALTER TABLE "groups" ADD COLUMN closed_at TIMESTAMP;
ALTER TABLE "groups" ADD COLUMN closed_reason TEXT;

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    actor_id TEXT NOT NULL REFERENCES users(id),
    group_id TEXT REFERENCES "groups"(id) ON DELETE CASCADE,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX audit_log_group_idx ON audit_log(group_id, created_at);
