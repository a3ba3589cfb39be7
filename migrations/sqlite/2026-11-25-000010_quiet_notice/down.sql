ALTER TABLE "groups" DROP COLUMN quiet_notice_at;
