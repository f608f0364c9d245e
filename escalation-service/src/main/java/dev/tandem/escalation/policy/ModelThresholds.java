package dev.tandem.escalation.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The per-intent automation thresholds the classifier model ships for the operator's target
 * precision, and the intents it knows. An intent without a threshold has not been proven precise
 * enough: unless the policy sets a minimum, it is never automated.
 */
@ApplicationScoped
public class ModelThresholds {

    static final String RESOURCE = "model/automation-thresholds.json";
    /** The model's label for a message that is no customer-service request it knows. */
    public static final String OUT_OF_SCOPE = "out_of_scope";
    /** Where an intent's minimum confidence comes from. */
    public static final String POLICY = "policy";
    public static final String MODEL = "model";

    private record File(String modelVersion, double targetPrecision, List<String> intents,
            Map<String, Double> thresholds) {
    }

    private final File file;

    public ModelThresholds() {
        try (InputStream in = ModelThresholds.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the classifier-model build writes it");
            }
            file = new ObjectMapper().readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of the model the thresholds were fitted for. */
    public String modelVersion() {
        return file.modelVersion();
    }

    public double targetPrecision() {
        return file.targetPrecision();
    }

    /** Every intent the model tells, {@code out_of_scope} included. */
    public List<String> intents() {
        return file.intents();
    }

    public OptionalDouble of(String intent) {
        Double threshold = file.thresholds().get(intent);
        return threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold);
    }

    /**
     * @param value  the lowest confidence an intent is automated at
     * @param source {@value #POLICY} when the policy sets it, {@value #MODEL} for the model's shipped threshold
     */
    public record Minimum(double value, String source) {
    }

    /** The intent's minimum confidence: the policy's, else the model's; empty when neither has one. */
    public Optional<Minimum> minimum(String intent, IntentPolicy rules) {
        if (rules.minConfidence() != null) {
            return Optional.of(new Minimum(rules.minConfidence(), POLICY));
        }
        OptionalDouble shipped = of(intent);
        return shipped.isPresent() ? Optional.of(new Minimum(shipped.getAsDouble(), MODEL)) : Optional.empty();
    }
}
