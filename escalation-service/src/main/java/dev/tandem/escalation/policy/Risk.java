package dev.tandem.escalation.policy;

/** How much harm a wrong answer to an intent would do; the seeds' advice is to automate low risk first. */
public enum Risk {
    LOW, MEDIUM, HIGH
}
