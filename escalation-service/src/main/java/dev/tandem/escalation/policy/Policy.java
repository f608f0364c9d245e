package dev.tandem.escalation.policy;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The automation policy in force: validated, immutable. The safety rules are not part of it: they
 * hold whatever it says.
 *
 * @param version              recorded on every decision
 * @param maxAutomatedTurns    automated answers in a row after which a person takes over
 * @param humanBelowConfidence below this confidence a person answers rather than approving a draft
 * @param expectedWaitMinutes  told to the customer handed to a person, per priority ({@code high},
 *                             {@code normal}); absent when not known
 * @param intents              per intent; an intent not listed follows {@code defaults}
 * @param document             the YAML it was read from
 */
public record Policy(
        String version,
        int maxAutomatedTurns,
        double humanBelowConfidence,
        Map<String, Integer> expectedWaitMinutes,
        IntentPolicy defaults,
        Map<String, IntentPolicy> intents,
        String document) {

    public Policy {
        expectedWaitMinutes = Map.copyOf(expectedWaitMinutes);
        intents = Map.copyOf(intents);
    }

    public IntentPolicy of(String intent) {
        return intents.getOrDefault(intent, defaults);
    }

    public OptionalInt expectedWait(boolean highPriority) {
        Integer minutes = expectedWaitMinutes.get(highPriority ? "high" : "normal");
        return minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes);
    }
}
