package dev.tandem.agent.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tandem.agent.service.AgentDesk;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AGENT)
public class QueueResource {

    private final AgentDesk desk;

    public QueueResource(AgentDesk desk) {
        this.desk = desk;
    }

    @GET
    @Operation(summary = "Conversations waiting for a person", description = "Longest wait first, with intent, confidence and the reasons for the hand-off.")
    public Uni<List<QueueEntry>> waiting() {
        return desk.queue();
    }
}
