package dev.tandem.escalation.policy;

/** What the assistant may do with one intent. */
public enum Mode {
    /** The assistant answers from an approved template, when confident enough. */
    AUTOMATE,
    /** The assistant drafts, an agent approves, edits or rejects. */
    SUGGEST,
    /** A person answers. */
    HUMAN,
    /**
     * Routed like SUGGEST, while recording what the assistant would have sent and whether the
     * agent's answer agreed: how an intent earns automation.
     */
    SHADOW
}
