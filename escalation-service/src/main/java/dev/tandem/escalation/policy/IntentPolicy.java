package dev.tandem.escalation.policy;

/**
 * The policy of one intent.
 *
 * @param minConfidence the lowest confidence automated; {@code null} means the model's shipped
 *                      threshold for the operator's target precision
 */
public record IntentPolicy(Mode mode, Risk risk, Double minConfidence) {
}
