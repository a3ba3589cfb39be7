DROP TABLE thread_reads;
DROP TABLE posts;
DROP TABLE threads;
DROP TABLE memberships;
DROP TABLE "groups";
DROP TABLE sessions;
DROP TABLE users;
