-- Each message's envelope sender (VERP): bounce+<tag>@<mail domain>, the tag
-- a keyed hash of its recipient, so a delivery report counts only when it
-- answers mail kollega really sent to that address. Empty: the From address.
ALTER TABLE outbox ADD COLUMN return_path TEXT NOT NULL DEFAULT '';
-- A permanent refusal at submission (a 5xx from the server for the
-- recipient) counts as a hard bounce too: 1 refused, not yet counted; 2 counted.
ALTER TABLE outbox ADD COLUMN hard_refusal INTEGER NOT NULL DEFAULT 0;
