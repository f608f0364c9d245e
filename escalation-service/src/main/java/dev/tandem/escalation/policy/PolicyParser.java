package dev.tandem.escalation.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.tandem.problem.Problem.FieldError;

/**
 * Reads a policy file (YAML) and checks it, reporting every wrong field by its path, e.g.
 * {@code intents.cancel_order.mode}. A policy that tries to switch off a safety rule, automate
 * out-of-scope messages or a high-risk intent, or names an intent the model does not know, is
 * rejected.
 */
public final class PolicyParser {

    /**
     * The rules no policy can switch off; a file may list them under {@code safety}, only as
     * {@code true}.
     */
    public static final Set<String> SAFETY_RULES = Stream.concat(SafetyRule.ALL.stream().map(SafetyRule::flag),
            Stream.of("out_of_scope", "stays_with_agent", "repeated_question", "automated_turn_limit",
                    "negative_sentiment"))
            .collect(Collectors.toCollection(TreeSet::new));

    private static final int MAX_TURNS = 20;
    private static final int MAX_WAIT_MINUTES = 24 * 60;

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** The file as written; every field may be missing, the checks say which are required. */
    record PolicyFile(String version, Integer maxAutomatedTurns, Double humanBelowConfidence,
            Map<String, Integer> expectedWaitMinutes, IntentPolicy defaults, Map<String, IntentPolicy> intents,
            Map<String, Boolean> safety) {
    }

    private PolicyParser() {
    }

    /** @throws InvalidPolicyException naming every wrong field */
    public static Policy parse(String document, Collection<String> knownIntents) {
        PolicyFile file = read(document);
        List<FieldError> errors = new ArrayList<>();
        if (file.version() == null || file.version().isBlank() || file.version().length() > 64) {
            errors.add(new FieldError("version", "is required, at most 64 characters"));
        }
        int maxTurns = Objects.requireNonNullElse(file.maxAutomatedTurns(), 3);
        if (maxTurns < 1 || maxTurns > MAX_TURNS) {
            errors.add(new FieldError("maxAutomatedTurns", "must be between 1 and " + MAX_TURNS));
        }
        double humanBelow = Objects.requireNonNullElse(file.humanBelowConfidence(), 0.5);
        checkProbability(humanBelow, "humanBelowConfidence", errors);
        Map<String, Integer> waits = Objects.requireNonNullElse(file.expectedWaitMinutes(), Map.of());
        waits.forEach((priority, minutes) -> {
            if (!Set.of("high", "normal").contains(priority)) {
                errors.add(new FieldError("expectedWaitMinutes." + priority, "must be high or normal"));
            } else if (minutes == null || minutes < 0 || minutes > MAX_WAIT_MINUTES) {
                errors.add(new FieldError("expectedWaitMinutes." + priority, "must be between 0 and " + MAX_WAIT_MINUTES));
            }
        });
        IntentPolicy defaults = Objects.requireNonNullElse(file.defaults(), new IntentPolicy(Mode.SUGGEST, Risk.MEDIUM, null));
        checkIntent("defaults", defaults, errors);
        if (defaults.mode() == Mode.AUTOMATE) {
            errors.add(new FieldError("defaults.mode", "only intents listed by name may be automated"));
        }
        Map<String, IntentPolicy> intents = new LinkedHashMap<>(Objects.requireNonNullElse(file.intents(), Map.of()));
        intents.forEach((intent, policy) -> {
            String field = "intents." + intent;
            if (!knownIntents.contains(intent)) {
                errors.add(new FieldError(field, "is not an intent the model knows"));
                return;
            }
            checkIntent(field, policy, errors);
            boolean answeredByAssistant = policy != null && policy.mode() != Mode.HUMAN && policy.mode() != Mode.SUGGEST;
            if (intent.equals(ModelThresholds.OUT_OF_SCOPE) && answeredByAssistant) {
                errors.add(new FieldError(field + ".mode", "out_of_scope is never automated: the customer is asked"
                        + " to rephrase once, then a person answers"));
            }
        });
        Objects.requireNonNullElse(file.safety(), Map.<String, Boolean>of()).forEach((rule, on) -> {
            if (!SAFETY_RULES.contains(rule)) {
                errors.add(new FieldError("safety." + rule, "is not a safety rule; they are " + SAFETY_RULES));
            } else if (!Boolean.TRUE.equals(on)) {
                errors.add(new FieldError("safety." + rule, "cannot be switched off: it protects the customer's"
                        + " way to a person"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidPolicyException(errors);
        }
        return new Policy(file.version(), maxTurns, humanBelow, waits, defaults, intents, document);
    }

    private static PolicyFile read(String document) {
        if (document == null || document.isBlank()) {
            throw new InvalidPolicyException(List.of(new FieldError("policy", "is empty")));
        }
        try {
            PolicyFile file = YAML.readValue(document, PolicyFile.class);
            if (file == null) {
                throw new InvalidPolicyException(List.of(new FieldError("policy", "is empty")));
            }
            return file;
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            throw new InvalidPolicyException(List.of(new FieldError(path.isEmpty() ? "policy" : path,
                    e.getOriginalMessage().lines().findFirst().orElse("is not valid"))));
        } catch (JacksonException e) {
            throw new InvalidPolicyException(List.of(new FieldError("policy",
                    "is not valid YAML: " + e.getOriginalMessage())));
        }
    }

    private static void checkIntent(String field, IntentPolicy policy, List<FieldError> errors) {
        if (policy == null || policy.mode() == null) {
            errors.add(new FieldError(field + ".mode", "is required: AUTOMATE, SUGGEST, HUMAN or SHADOW"));
            return;
        }
        if (policy.risk() == null) {
            errors.add(new FieldError(field + ".risk", "is required: LOW, MEDIUM or HIGH"));
        } else if (policy.risk() == Risk.HIGH && policy.mode() == Mode.AUTOMATE) {
            errors.add(new FieldError(field + ".mode", "a high-risk intent cannot be automated"));
        }
        if (policy.minConfidence() != null) {
            checkProbability(policy.minConfidence(), field + ".minConfidence", errors);
        }
    }

    private static void checkProbability(double value, String field, List<FieldError> errors) {
        if (!(value >= 0 && value <= 1)) {
            errors.add(new FieldError(field, "must be between 0 and 1"));
        }
    }

    /** What changed from {@code before} to {@code after}, one line per field, e.g. {@code intents.x.mode: A -> B}. */
    public static List<String> changes(Policy before, Policy after) {
        List<String> changes = new ArrayList<>();
        change(changes, "version", before.version(), after.version());
        change(changes, "maxAutomatedTurns", before.maxAutomatedTurns(), after.maxAutomatedTurns());
        change(changes, "humanBelowConfidence", before.humanBelowConfidence(), after.humanBelowConfidence());
        for (String priority : List.of("high", "normal")) {
            change(changes, "expectedWaitMinutes." + priority, before.expectedWaitMinutes().get(priority),
                    after.expectedWaitMinutes().get(priority));
        }
        intentChanges(changes, "defaults", before.defaults(), after.defaults());
        Set<String> intents = new TreeSet<>(before.intents().keySet());
        intents.addAll(after.intents().keySet());
        for (String intent : intents) {
            intentChanges(changes, "intents." + intent, before.intents().get(intent), after.intents().get(intent));
        }
        return changes;
    }

    private static void intentChanges(List<String> changes, String field, IntentPolicy before, IntentPolicy after) {
        change(changes, field + ".mode", before == null ? null : before.mode(), after == null ? null : after.mode());
        change(changes, field + ".risk", before == null ? null : before.risk(), after == null ? null : after.risk());
        change(changes, field + ".minConfidence", before == null ? null : before.minConfidence(),
                after == null ? null : after.minConfidence());
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null ? "(none)" : before) + " -> " + (after == null ? "(none)" : after));
        }
    }
}
