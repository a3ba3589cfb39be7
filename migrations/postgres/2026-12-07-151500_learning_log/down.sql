DROP TABLE learning_entries;
