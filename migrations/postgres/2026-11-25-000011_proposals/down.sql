ALTER TABLE memberships DROP COLUMN terms_accepted_at;
ALTER TABLE registrants DROP COLUMN group_id;
DROP TABLE proposal_places;
DROP TABLE proposals;
