DROP TABLE audit_log;
ALTER TABLE "groups" DROP COLUMN closed_reason;
ALTER TABLE "groups" DROP COLUMN closed_at;
