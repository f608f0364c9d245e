package dev.tandem.agent.api;

import jakarta.annotation.security.RolesAllowed;
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

@Path("/api/v1/conversations/{conversationId}/hand-back")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class HandBackResource {

    private final AgentDesk desk;
    private final SecurityIdentity identity;

    public HandBackResource(AgentDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    public record HandedBackResponse(String handBackId) {
    }

    @POST
    @Operation(summary = "Give the conversation back to the assistant",
            description = "202 once on the log; until then, every message of a conversation handed to a person goes to a person.")
    public Uni<Response> handBack(@PathParam("conversationId") String conversationId) {
        return desk.handBack(conversationId, identity.getPrincipal().getName())
                .map(id -> Response.accepted(new HandedBackResponse(id)).build());
    }
}
