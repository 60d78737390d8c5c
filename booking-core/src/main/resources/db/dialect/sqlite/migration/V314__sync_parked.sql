-- Poison messages (sync agent; numbered above the technician versions so that a replica
-- already at 200 takes it): what the sync agent could not apply or deliver is parked here, with
-- why, so the rest of the feed and of the outbox goes on. Reasons hold ids and the
-- database's or central's words, never a name or a badge code.

-- Feed changes the replica could not apply (a thing it refers to is missing here, a value
-- a constraint refuses), as central sent them: tried again at every pull until they
-- apply, and dropped when a newer change of the same thing applies.
CREATE TABLE sync_parked_change (
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    change    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    tries     INTEGER NOT NULL DEFAULT 1 CHECK (tries >= 1),
    parked_at INTEGER NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- Outbox rows central refused as calls (a 4xx with a problem code): they stop being
-- pushed, stay in the outbox, and a technician may send them again.
CREATE TABLE sync_parked_outbox (
    outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id),
    reason    TEXT NOT NULL,
    parked_at INTEGER NOT NULL
);

-- Per-row backoff: a row central keeps failing on (5xx) waits its turn without holding
-- back later rows; server_errors counts its failures in a row, to flag it.
ALTER TABLE outbox ADD COLUMN server_errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER;
