-- A proposal of groups from confirmed registrants. The admin adjusts it by
-- hand (moving people between proposed groups) and approves it; approval
-- creates the groups and invites the members.
CREATE TABLE proposals (
    id TEXT PRIMARY KEY NOT NULL,
    seed BIGINT NOT NULL,
    min_size INTEGER NOT NULL,
    max_size INTEGER NOT NULL,
    created_by TEXT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    approved_at TIMESTAMP,
    approved_by TEXT REFERENCES users(id)
);

CREATE TABLE proposal_places (
    proposal_id TEXT NOT NULL REFERENCES proposals(id) ON DELETE CASCADE,
    registrant_id TEXT NOT NULL REFERENCES registrants(id) ON DELETE CASCADE,
    group_no INTEGER NOT NULL,
    PRIMARY KEY (proposal_id, registrant_id)
);

-- Once placed, a registrant is not proposed again.
ALTER TABLE registrants ADD COLUMN group_id TEXT REFERENCES groups(id) ON DELETE SET NULL;

-- When the member accepted the group's confidentiality terms. Memberships from
-- before terms existed count as accepted when they began.
ALTER TABLE memberships ADD COLUMN terms_accepted_at TIMESTAMP;
UPDATE memberships SET terms_accepted_at = joined_at;
