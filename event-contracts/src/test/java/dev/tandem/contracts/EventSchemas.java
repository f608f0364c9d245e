package dev.tandem.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The event schemas and examples of the event-contracts module, for contract tests. */
public final class EventSchemas {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // date-time is only an annotation in 2020-12 unless asserted; occurredAt must really be one.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    /** The example of an event, e.g. {@code message-received.v1}. */
    public static String example(String event) {
        try (InputStream in = EventSchemas.class.getResourceAsStream("/schemas/examples/" + event + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No example for " + event);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with {@code json} as an {@code event}; empty when it is valid. */
    public static Set<ValidationMessage> violations(String event, String json) {
        // Loaded from the classpath, so relative $refs (classification.v1.schema.json) resolve there too.
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + event + ".schema.json"), CONFIG);
        return schema.validate(json, InputFormat.JSON);
    }

    private EventSchemas() {
    }
}
