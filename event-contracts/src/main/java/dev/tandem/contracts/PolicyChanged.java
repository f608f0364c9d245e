package dev.tandem.contracts;

import java.time.Instant;
import java.util.List;

/**
 * An administrator changed the automation policy ({@value Topics#POLICY_CHANGES}).
 *
 * @param previousVersion the version it replaced
 * @param changedBy       the administrator's user name
 * @param changes         what changed, one line each, e.g. {@code intents.cancel_order.mode: SUGGEST -> AUTOMATE}
 * @param document        the new policy, as the YAML the administrator sent
 */
public record PolicyChanged(
        String policyVersion,
        String previousVersion,
        Instant occurredAt,
        String changedBy,
        List<String> changes,
        String document) implements Event {

    public static final String TYPE = "dev.tandem.cx.policy.changed.v1";

    public PolicyChanged {
        Require.text(policyVersion, "policyVersion");
        Require.text(previousVersion, "previousVersion");
        Require.present(occurredAt, "occurredAt");
        Require.text(changedBy, "changedBy");
        changes = Require.list(changes);
        Require.text(document, "document");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String eventId() {
        return "policy-changed:" + policyVersion;
    }

    /** All changes of the policy share one partition, in order. */
    @Override
    public String key() {
        return "policy";
    }
}
