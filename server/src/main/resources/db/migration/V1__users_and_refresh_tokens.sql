-- Accounts (seed table "users") and the refresh tokens of their sessions. Every timestamp is timestamptz (UTC instants).

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(32)  NOT NULL,
    -- Argon2id PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$hash); the password itself is never stored.
    password_hash varchar(255) NOT NULL,
    email         varchar(254) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    -- The seed's index on users(username), as a unique constraint.
    CONSTRAINT users_username_key UNIQUE (username)
);
-- "Alice" and "alice" are the same person to humans: uniqueness and login lookups ignore case.
CREATE UNIQUE INDEX users_username_lower_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));

-- One row per issued refresh token. Tokens are random 256-bit strings; only their SHA-256 is kept, so a database leak yields no
-- usable token. A family is one login session: every rotation adds a row to it, and presenting a token that was already rotated
-- (reuse = theft suspected) revokes the whole family.
CREATE TABLE refresh_tokens (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id      uuid        NOT NULL,
    token_hash     bytea       NOT NULL,
    created_at     timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    revoked_at     timestamptz,
    revoked_reason varchar(16) CHECK (revoked_reason IN ('rotated', 'logout', 'reuse')),
    CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash),
    CHECK (expires_at > created_at)
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
