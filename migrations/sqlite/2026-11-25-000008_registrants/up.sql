-- Interest registrations from which the association forms groups.
CREATE TABLE registrants (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    level TEXT NOT NULL CHECK (level IN ('st', 'specialist')),
    years INTEGER NOT NULL,
    region TEXT NOT NULL,
    workplace TEXT NOT NULL,
    language TEXT NOT NULL,
    wishes TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    confirmed_at TIMESTAMP,
    withdrawn_at TIMESTAMP
);
