-- Inbound email: which messages were handled (the same Message-ID posts once),
-- and which senders were answered today (at most one rejection a day each).
CREATE TABLE inbound_messages (
    message_id TEXT PRIMARY KEY NOT NULL,
    outcome TEXT NOT NULL,
    received_at TIMESTAMP NOT NULL
);

CREATE TABLE inbound_rejections (
    sender TEXT NOT NULL,
    day TEXT NOT NULL,
    PRIMARY KEY (sender, day)
);
