package dev.tandem.intake.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.tandem.intake.model.TimelineEntry;
import dev.tandem.intake.model.Timelines;
import dev.tandem.intake.service.AccessTokens;
import dev.tandem.intake.service.MessageIntake;
import dev.tandem.problem.Problem;
import dev.tandem.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The customer API. A conversation is used with the access token returned when it was opened; a
 * wrong token and an unknown conversation get the same 404, so neither reveals the other.
 */
@Path("/api/v1/conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final MessageIntake intake;
    private final Timelines timelines;

    public ConversationResource(AccessTokens tokens, MessageIntake intake, Timelines timelines) {
        this.tokens = tokens;
        this.intake = intake;
        this.timelines = timelines;
    }

    public record ConversationOpened(String conversationId, String accessToken) {
    }

    public record MessageAccepted(String messageId) {
    }

    public record Timeline(String conversationId, List<TimelineEntry> entries) {
    }

    @POST
    @Operation(summary = "Open a conversation", description = "Returns its id and the access token for the other calls.")
    public Response open() {
        String conversationId = UUID.randomUUID().toString();
        return Response.created(URI.create("/api/v1/conversations/" + conversationId))
                .entity(new ConversationOpened(conversationId, tokens.issue(conversationId)))
                .build();
    }

    @POST
    @Path("/{conversationId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a customer message", description = "202 once the message is safely on the log.")
    public Uni<Response> send(@PathParam("conversationId") String conversationId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(description = "Retrying with the same key returns the same messageId and publishes once")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull SendMessage message) {
        authorize(conversationId, authorization);
        return intake.accept(conversationId, message.text(), idempotencyKey)
                .map(messageId -> Response.accepted(new MessageAccepted(messageId)).build());
    }

    @GET
    @Path("/{conversationId}")
    @Operation(summary = "The conversation's timeline", description = "Messages with what Tandem understood and who answers, and every reply.")
    public Timeline timeline(@PathParam("conversationId") String conversationId,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(conversationId, authorization);
        return new Timeline(conversationId, timelines.of(conversationId));
    }

    private void authorize(String conversationId, String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new ProblemException(Problem.of(Response.Status.UNAUTHORIZED,
                    "Send the conversation's access token as 'Authorization: Bearer <accessToken>'",
                    List.of()));
        }
        if (!tokens.grants(authorization.substring(BEARER.length()).trim(), conversationId)) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such conversation", List.of()));
        }
    }
}
