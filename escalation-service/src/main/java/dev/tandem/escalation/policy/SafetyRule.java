package dev.tandem.escalation.policy;

import java.util.List;

/**
 * The risk flags that hand a message to a person at once, with high priority, whatever the policy
 * says: no configuration can switch them off.
 *
 * @param flag     the classifier's flag, also the rule's name in the policy file
 * @param forAgent the reason in plain words, for the agent
 */
public record SafetyRule(String flag, String forAgent) {

    /** Most important first: the first raised is the reason given to the customer. */
    public static final List<SafetyRule> ALL = List.of(
            new SafetyRule("human_requested", "The customer asked for a person"),
            new SafetyRule("legal_threat", "The customer mentions legal action"),
            new SafetyRule("distress", "The customer seems to be in distress or hardship"),
            new SafetyRule("fraud_or_security", "The customer reports fraud or a security problem"));
}
