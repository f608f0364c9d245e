package dev.tandem.contracts;

/** Who answers a customer message. */
public enum Route {
    /** The assistant answers from an approved template. */
    AUTOMATE,
    /** The assistant drafts, an agent approves. */
    SUGGEST,
    /** A person answers. */
    HUMAN,
    /** Nothing is answered: the assistant asks the customer to say it another way (once, then a person). */
    CLARIFY
}
