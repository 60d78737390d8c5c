-- PostgreSQL's version of db/dialect/sqlite/migration/V314__sync_parked.sql (poison messages).

CREATE TABLE sync_parked_change (
    kind      TEXT NOT NULL,
    key       TEXT NOT NULL,
    change    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    tries     INTEGER NOT NULL DEFAULT 1 CHECK (tries >= 1),
    parked_at BIGINT NOT NULL,
    PRIMARY KEY (kind, key)
);

CREATE TABLE sync_parked_outbox (
    outbox_id BIGINT PRIMARY KEY REFERENCES outbox (id),
    reason    TEXT NOT NULL,
    parked_at BIGINT NOT NULL
);

ALTER TABLE outbox ADD COLUMN server_errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at BIGINT;
