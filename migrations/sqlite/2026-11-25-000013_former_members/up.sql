-- What happens to a deleted account's posts, per group: kept under "former
-- member" (the default: the discussion stays readable) or their text removed.
ALTER TABLE groups ADD COLUMN departed_posts TEXT NOT NULL DEFAULT 'keep'
    CHECK (departed_posts IN ('keep', 'remove'));
-- A deleted account keeps its row (posts point to it) but nothing personal.
ALTER TABLE users ADD COLUMN deleted_at TIMESTAMP;
