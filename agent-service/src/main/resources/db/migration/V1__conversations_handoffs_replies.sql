-- A conversation as the agents see it: is a customer waiting for a person, and since when.
CREATE TABLE conversation (
    id               VARCHAR(64) PRIMARY KEY,
    status           VARCHAR(16) NOT NULL,
    waiting_since    TIMESTAMP WITH TIME ZONE,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX conversation_waiting ON conversation (waiting_since) WHERE status = 'WAITING';

-- Each customer message handed to a person (HUMAN) or to an agent's approval (SUGGEST), with why.
CREATE TABLE handoff (
    message_id      VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL REFERENCES conversation (id),
    route           VARCHAR(16) NOT NULL,
    intent          VARCHAR(64) NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL,
    language        VARCHAR(8) NOT NULL,
    reasons         TEXT NOT NULL,
    customer_text   TEXT NOT NULL,
    policy_version  VARCHAR(64) NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX handoff_conversation ON handoff (conversation_id, decided_at);

-- Every reply the customer received in a handed-off conversation, from the assistant or an agent.
CREATE TABLE reply (
    message_id      VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL REFERENCES conversation (id),
    author          VARCHAR(16) NOT NULL,
    agent           VARCHAR(128),
    in_reply_to     VARCHAR(64),
    text            TEXT NOT NULL,
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reply_conversation ON reply (conversation_id, posted_at);
