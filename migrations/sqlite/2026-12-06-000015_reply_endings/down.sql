DROP TABLE reply_endings;
