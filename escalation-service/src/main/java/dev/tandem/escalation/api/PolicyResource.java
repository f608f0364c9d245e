package dev.tandem.escalation.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.tandem.escalation.policy.IntentPolicy;
import dev.tandem.escalation.policy.InvalidPolicyException;
import dev.tandem.escalation.policy.Mode;
import dev.tandem.escalation.policy.ModelThresholds;
import dev.tandem.escalation.policy.Policy;
import dev.tandem.escalation.policy.PolicyParser;
import dev.tandem.escalation.policy.PolicyStore;
import dev.tandem.escalation.policy.Risk;
import dev.tandem.problem.Problem;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The automation policy in force: anyone on the team may read it, only an administrator change it. */
@Path("/api/v1/policy")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    /** The policy as it applies: each intent's minimum confidence resolved, and where it comes from. */
    public record PolicyView(String version, String modelVersion, double targetPrecision, int maxAutomatedTurns,
            double humanBelowConfidence, Map<String, Integer> expectedWaitMinutes, List<String> safetyRules,
            Map<String, IntentView> intents, String document) {
    }

    /**
     * @param minConfidence       the lowest confidence automated; null when the intent cannot be automated
     * @param minConfidenceSource {@code policy}, {@code model}, or {@code none}
     */
    public record IntentView(Mode mode, Risk risk, Double minConfidence, String minConfidenceSource) {
    }

    private final PolicyStore policies;
    private final ModelThresholds thresholds;
    private final SecurityIdentity identity;

    public PolicyResource(PolicyStore policies, ModelThresholds thresholds, SecurityIdentity identity) {
        this.policies = policies;
        this.thresholds = thresholds;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "The automation policy in force")
    public PolicyView get() {
        return view(policies.current());
    }

    @PUT
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    @RolesAllowed("admin")
    @Operation(summary = "Put a new policy in force", description = "The YAML of a policy file with a new version."
            + " 400 names every wrong field; the change is published on cx.policy.changes.")
    public Uni<PolicyView> put(String document) {
        return policies.change(document, identity.getPrincipal().getName()).map(this::view);
    }

    @POST
    @Path("/reload")
    @RolesAllowed("admin")
    @Operation(summary = "Read the policy file again and put it in force")
    public Uni<PolicyView> reload() {
        return policies.reload(identity.getPrincipal().getName()).map(this::view);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidPolicyException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The policy cannot be put in force", e.errors()).toResponse();
    }

    private PolicyView view(Policy policy) {
        Map<String, IntentView> intents = new LinkedHashMap<>();
        for (String intent : thresholds.intents()) {
            IntentPolicy rules = policy.of(intent);
            boolean canAutomate = rules.mode() == Mode.AUTOMATE || rules.mode() == Mode.SHADOW;
            intents.put(intent, thresholds.minimum(intent, rules)
                    .filter(minimum -> canAutomate || minimum.source().equals(ModelThresholds.POLICY))
                    .map(minimum -> new IntentView(rules.mode(), rules.risk(), minimum.value(), minimum.source()))
                    .orElse(new IntentView(rules.mode(), rules.risk(), null, "none")));
        }
        return new PolicyView(policy.version(), thresholds.modelVersion(), thresholds.targetPrecision(),
                policy.maxAutomatedTurns(), policy.humanBelowConfidence(), policy.expectedWaitMinutes(),
                List.copyOf(PolicyParser.SAFETY_RULES), intents, policy.document());
    }
}
