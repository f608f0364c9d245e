package dev.tandem.escalation.model;

import java.util.List;

import dev.tandem.contracts.Route;
import dev.tandem.contracts.RoutingDecision.Priority;
import dev.tandem.contracts.RoutingDecision.Reason;
import dev.tandem.contracts.RoutingDecision.Threshold;

/**
 * What the automation policy decided for one message.
 *
 * @param rule      the rule that decided the route
 * @param reasons   why this route, most important first
 * @param threshold the confidence compared with the intent's minimum, when the rule compared them
 * @param reply     what the assistant tells the customer now: the answer (AUTOMATE), the request to
 *                  rephrase (CLARIFY), that a person takes over (HUMAN, unless one already holds the
 *                  conversation); null otherwise
 * @param draft     for the agent to approve (SUGGEST), or what the assistant would have sent (shadow)
 * @param shadow    the intent is in shadow mode
 */
public record Decision(Route route, String rule, List<Reason> reasons, Priority priority, Threshold threshold,
        String reply, String draft, boolean shadow) {

    public Decision {
        reasons = List.copyOf(reasons);
        if ((route == Route.AUTOMATE || route == Route.CLARIFY) && reply == null) {
            throw new IllegalArgumentException("The assistant answers an automated or unclear message");
        }
        if (route == Route.SUGGEST && reply != null) {
            throw new IllegalArgumentException("Nothing reaches the customer before the agent approves");
        }
    }
}
