-- When members were last told that their group has gone quiet.
ALTER TABLE "groups" ADD COLUMN quiet_notice_at TIMESTAMP;
