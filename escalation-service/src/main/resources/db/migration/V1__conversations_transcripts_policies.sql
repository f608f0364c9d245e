-- What the policy rules need to know of a conversation. A fold of the conversation's routing
-- decisions and hand-backs on the log (ConversationState.after), so it can be rebuilt from there.
CREATE TABLE conversation_state (
    conversation_id       VARCHAR(64) PRIMARY KEY,
    holder                VARCHAR(16) NOT NULL,
    automated_turns       INTEGER NOT NULL,
    rephrase_requests     INTEGER NOT NULL,
    last_automated_intent VARCHAR(64),
    last_sentiment        VARCHAR(16),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The transcript a hand-off carries: customer messages with their decision, the assistant's and
-- the agents' replies. A customer message keeps the events it led to, so a redelivery republishes
-- them unchanged instead of deciding again.
CREATE TABLE transcript_entry (
    message_id      VARCHAR(64) PRIMARY KEY,
    conversation_id VARCHAR(64) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    author          VARCHAR(16) NOT NULL,
    text            TEXT NOT NULL,
    intent          VARCHAR(64),
    confidence      DOUBLE PRECISION,
    route           VARCHAR(16),
    decision_event  TEXT,
    reply_event     TEXT,
    -- Shadow mode: what the assistant would have sent, and whether the agent's answer agreed.
    shadow_draft    TEXT,
    shadow_agreed   BOOLEAN
);
CREATE INDEX transcript_conversation ON transcript_entry (conversation_id, occurred_at);

-- Every policy put in force through the API; the latest is loaded at start.
CREATE TABLE policy_change (
    version          VARCHAR(64) PRIMARY KEY,
    previous_version VARCHAR(64) NOT NULL,
    changed_by       VARCHAR(128) NOT NULL,
    changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    changes          TEXT NOT NULL,
    document         TEXT NOT NULL
);

-- The customer-context source behind PostgresCustomerContext: what the assistant may quote and an
-- agent needs to see. A real CRM or order system replaces it by implementing CustomerContext.
CREATE TABLE customer (
    id       VARCHAR(32) PRIMARY KEY,
    name     VARCHAR(128) NOT NULL,
    tier     VARCHAR(16) NOT NULL,
    since    DATE NOT NULL
);

CREATE TABLE customer_order (
    number       VARCHAR(32) PRIMARY KEY,
    customer_id  VARCHAR(32) NOT NULL REFERENCES customer (id),
    status       VARCHAR(16) NOT NULL CHECK (status IN ('PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    carrier      VARCHAR(64),
    tracking     VARCHAR(64),
    placed_on    DATE NOT NULL,
    shipped_on   DATE,
    expected_on  DATE,
    delivered_on DATE,
    total        NUMERIC(10, 2) NOT NULL,
    currency     CHAR(3) NOT NULL
);
CREATE INDEX customer_order_customer ON customer_order (customer_id);

CREATE TABLE invoice (
    number       VARCHAR(32) PRIMARY KEY,
    customer_id  VARCHAR(32) NOT NULL REFERENCES customer (id),
    order_number VARCHAR(32) REFERENCES customer_order (number),
    amount       NUMERIC(10, 2) NOT NULL,
    currency     CHAR(3) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    issued_on    DATE NOT NULL
);
CREATE INDEX invoice_customer ON invoice (customer_id);
