DROP TABLE registrants;
