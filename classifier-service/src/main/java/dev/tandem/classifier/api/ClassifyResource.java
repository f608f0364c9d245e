package dev.tandem.classifier.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.tandem.classifier.service.ClassificationService;
import dev.tandem.contracts.Classification;

/** Classifies a text on demand, the same way the messages on the log are classified. */
@Path("/api/v1/classify")
public class ClassifyResource {

    private final ClassificationService classifications;

    public ClassifyResource(ClassificationService classifications) {
        this.classifications = classifications;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify a text",
            description = "Intent with its probability and the next three, language, sentiment and risk flags.")
    public Classification classify(@Valid @NotNull ClassifyText request) {
        return classifications.classify(request.text());
    }
}
