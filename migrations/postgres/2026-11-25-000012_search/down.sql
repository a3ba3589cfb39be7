DROP INDEX threads_search;
DROP INDEX posts_search;
