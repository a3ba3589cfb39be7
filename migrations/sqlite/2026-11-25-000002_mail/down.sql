DROP TABLE outbox;
DROP TABLE post_notifications;
DROP TABLE reply_tokens;
DROP TABLE digest_marks;
DROP TABLE delivery_choices;
ALTER TABLE users DROP COLUMN digest_weekday;
ALTER TABLE users DROP COLUMN digest_hour;
ALTER TABLE users DROP COLUMN time_zone;
