-- Secrets every instance must share (the token signing key when DirectLine:TokenSigningKey is not
-- set): created once by whichever instance needs one first, INSERT … ON CONFLICT DO NOTHING, then
-- read, so instances starting together all end up with the same one.

CREATE TABLE server_secrets (
    name        text COLLATE "C" PRIMARY KEY,
    value       bytea NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
