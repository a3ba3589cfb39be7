-- Full-text search over posts and thread titles. The 'simple' configuration
-- (no stemming) treats Swedish and English alike.
CREATE INDEX posts_search ON posts USING GIN (to_tsvector('simple', body));
CREATE INDEX threads_search ON threads USING GIN (to_tsvector('simple', title));
