-- A resident changing their phone number: a code goes to the old number
-- and one to the new; both must come back. Only hashes of the codes are kept.
CREATE TABLE phone_changes (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    new_phone   TEXT NOT NULL,
    old_hash    TEXT NOT NULL,
    new_hash    TEXT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE INDEX phone_changes_user ON phone_changes(user_id, created_at);

-- When an account was deleted at its owner's request: the row stays, with
-- nothing that names the person, for what the law keeps (paid receipts,
-- ballots).
ALTER TABLE users ADD COLUMN deleted_at BIGINT;
