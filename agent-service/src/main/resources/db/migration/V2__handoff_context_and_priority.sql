-- A hand-off carries everything the agent needs: the rule that fired, how urgent it is, the
-- assistant's draft (SUGGEST) and the transcript with the customer-context snapshot.
ALTER TABLE handoff ADD COLUMN rule VARCHAR(64) NOT NULL DEFAULT 'unknown';
ALTER TABLE handoff ADD COLUMN priority VARCHAR(16) NOT NULL DEFAULT 'NORMAL';
ALTER TABLE handoff ADD COLUMN draft TEXT;
ALTER TABLE handoff ADD COLUMN shadow BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE handoff ADD COLUMN transcript TEXT NOT NULL DEFAULT '[]';
ALTER TABLE handoff ADD COLUMN customer_context TEXT NOT NULL DEFAULT '{}';

-- Risk flags go first in the queue, until an agent answers.
ALTER TABLE conversation ADD COLUMN priority VARCHAR(16) NOT NULL DEFAULT 'NORMAL';
DROP INDEX conversation_waiting;
CREATE INDEX conversation_waiting ON conversation (priority, waiting_since) WHERE status = 'WAITING';
