package dev.tandem.escalation.model;

import java.util.List;

import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Reason;

/**
 * What the automation policy decided for one message.
 *
 * @param reasons       why this route, most important first
 * @param policyVersion the version of the policy that decided
 * @param reply         the approved answer the assistant sends; only when {@code route} is {@code AUTOMATE}
 */
public record Decision(Route route, List<Reason> reasons, String policyVersion, String reply) {

    public Decision {
        reasons = List.copyOf(reasons);
        if ((route == Route.AUTOMATE) != (reply != null)) {
            throw new IllegalArgumentException("An automated decision, and only one, carries the reply");
        }
    }
}
