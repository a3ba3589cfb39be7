DROP TABLE inbound_rejections;
DROP TABLE inbound_messages;
