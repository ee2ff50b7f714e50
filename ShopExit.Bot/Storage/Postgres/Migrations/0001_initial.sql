-- The first schema of the PostgreSQL store: the same tables as SQLite's (Storage/SqliteSchema.cs),
-- with PostgreSQL's types. JSON columns are text, not jsonb: the Direct Line stream sends an
-- activity's JSON on exactly as it was stored, and jsonb would reorder and respace it. Times are
-- timestamptz. Keys, names and states compare byte by byte (COLLATE "C"), as in SQLite, whatever
-- the database's locale: the queue's order and a merchant's place in it must not depend on it.

CREATE TABLE conversations (
    id              text COLLATE "C" PRIMARY KEY,
    user_id         text NOT NULL,
    data_json       text NOT NULL,
    -- Moves on every turn commit; a commit from an older version is refused (optimistic concurrency).
    version         bigint NOT NULL,
    -- How far the bot has read, the newest watermark, and the merchant's newest activity.
    processed_seq   bigint NOT NULL,
    last_seq        bigint NOT NULL,
    last_user_seq   bigint NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    -- When the merchant ended the conversation (an endOfConversation); null while open.
    ended_at        timestamptz
);

-- Only conversations that owe a turn: a handful of rows, found at start without a scan.
CREATE INDEX ix_conversations_owing ON conversations (updated_at) WHERE last_user_seq > processed_seq;

-- The transcript, keyed by its watermark. Sequence numbers are handed out by the UPDATE of the
-- conversation's row in the same transaction, so they have no gaps across instances.
CREATE TABLE activities (
    conversation_id text COLLATE "C" NOT NULL REFERENCES conversations (id),
    seq             bigint NOT NULL,
    role            text,
    activity_json   text NOT NULL,
    -- What the turn that answered it found (language, sentiment, PII spans): views read it, never re-analyse.
    analysis_json   text,
    PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE agents (
    username        text COLLATE "C" PRIMARY KEY,
    display_name    text NOT NULL,
    role            text NOT NULL,
    password_hash   text NOT NULL,
    presence        text NOT NULL DEFAULT 'offline',
    last_seen       timestamptz,
    created_at      timestamptz NOT NULL
);

CREATE TABLE handoffs (
    id              text COLLATE "C" PRIMARY KEY,
    conversation_id text COLLATE "C" NOT NULL REFERENCES conversations (id),
    kind            text COLLATE "C" NOT NULL,
    status          text COLLATE "C" NOT NULL,
    reason          text NOT NULL,
    context_json    text NOT NULL,
    waiting_since   timestamptz NOT NULL,
    assigned_to     text COLLATE "C",
    rating          integer,
    rating_comment  text,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX ix_handoffs_status ON handoffs (status, waiting_since);
CREATE INDEX ix_handoffs_conversation ON handoffs (conversation_id, status);

CREATE TABLE pii_reveals (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent           text NOT NULL,
    handoff_id      text NOT NULL,
    activity_id     text NOT NULL,
    revealed_at     timestamptz NOT NULL
);

CREATE TABLE unanswered_questions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id text NOT NULL,
    question        text NOT NULL,
    decision        text NOT NULL,
    candidates_json text NOT NULL,
    asked_at        timestamptz NOT NULL
);
CREATE INDEX ix_unanswered_asked_at ON unanswered_questions (asked_at);
