package dev.tandem.agent.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tandem.agent.service.AgentDesk;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/conversations/{conversationId}/replies")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class ReplyResource {

    private final AgentDesk desk;
    private final SecurityIdentity identity;

    public ReplyResource(AgentDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    public record ReplyRequest(@NotBlank String text) {
    }

    public record ReplySent(String messageId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to the customer", description = "202 once the reply is on the log; the customer sees it in their timeline.")
    public Uni<Response> reply(@PathParam("conversationId") String conversationId, @Valid @NotNull ReplyRequest request) {
        return desk.reply(conversationId, identity.getPrincipal().getName(), request.text())
                .map(messageId -> Response.accepted(new ReplySent(messageId)).build());
    }

    @POST
    @Path("/approved-draft")
    @Operation(summary = "Approve the assistant's draft and send it as it is",
            description = "202 once the reply is on the log. 404 for a conversation never handed to agents, 409 when its"
                    + " latest hand-off has no draft. To edit a draft, send the edited text as a reply; to reject it,"
                    + " write your own.")
    public Uni<Response> approveDraft(@PathParam("conversationId") String conversationId) {
        return desk.approveDraft(conversationId, identity.getPrincipal().getName())
                .map(messageId -> Response.accepted(new ReplySent(messageId)).build());
    }
}
