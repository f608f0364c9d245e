package dev.tandem.escalation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tandem.escalation.conversation.StateRebuild;
import dev.tandem.escalation.conversation.StateRebuild.Rebuilt;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/conversation-state/rebuild")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationStateResource {

    private final StateRebuild rebuild;

    public ConversationStateResource(StateRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Rebuild every conversation's state from the log",
            description = "Replaces the conversation_state table with the fold of cx.routing.decisions and"
                    + " cx.handbacks. Run it while no message is being decided.")
    public Uni<Rebuilt> rebuild() {
        return rebuild.rebuild();
    }
}
