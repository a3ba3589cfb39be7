DROP TRIGGER thread_search_delete;
DROP TRIGGER thread_search_update;
DROP TRIGGER thread_search_insert;
DROP TABLE thread_search;
DROP TRIGGER post_search_delete;
DROP TRIGGER post_search_update;
DROP TRIGGER post_search_insert;
DROP TABLE post_search;
