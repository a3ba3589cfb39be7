DROP TABLE posting_tokens;
