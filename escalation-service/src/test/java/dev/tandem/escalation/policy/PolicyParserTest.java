package dev.tandem.escalation.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.problem.Problem.FieldError;

class PolicyParserTest {

    private static final List<String> INTENTS = new ModelThresholds().intents();

    @Test
    void theDefaultPolicyAutomatesOnlyLowRiskIntentsAndSendsComplaintsAndPaymentsToAPerson() throws IOException {
        Policy policy = PolicyParser.parse(defaultPolicy(), INTENTS);

        assertThat(policy.version()).isEqualTo("default-1");
        policy.intents().forEach((intent, rules) -> {
            if (rules.mode() == Mode.AUTOMATE) {
                assertThat(rules.risk()).as(intent).isEqualTo(Risk.LOW);
            }
        });
        assertThat(policy.of("track_order").mode()).isEqualTo(Mode.AUTOMATE);
        assertThat(policy.of("cancel_order").mode()).isEqualTo(Mode.SUGGEST);
        assertThat(policy.of("get_refund").mode()).isEqualTo(Mode.SUGGEST);
        assertThat(policy.of("complaint").mode()).isEqualTo(Mode.HUMAN);
        assertThat(policy.of("payment_issue").mode()).isEqualTo(Mode.HUMAN);
        assertThat(policy.of("review").mode()).as("not listed: the defaults").isEqualTo(Mode.SUGGEST);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            safety:\\n  human_requested: false                      | safety.human_requested       | cannot be switched off
            safety:\\n  stays_with_agent: false                     | safety.stays_with_agent      | cannot be switched off
            safety:\\n  be_nice: true                               | safety.be_nice               | is not a safety rule
            intents:\\n  out_of_scope: { mode: AUTOMATE, risk: LOW } | intents.out_of_scope.mode   | out_of_scope is never automated
            intents:\\n  complaint: { mode: AUTOMATE, risk: HIGH }  | intents.complaint.mode       | a high-risk intent cannot be automated
            intents:\\n  where_is_my_cat: { mode: SUGGEST, risk: LOW } | intents.where_is_my_cat   | is not an intent the model knows
            intents:\\n  track_order: { mode: AUTOMATE, risk: LOW, minConfidence: 1.5 } | intents.track_order.minConfidence | must be between 0 and 1
            intents:\\n  track_order: { risk: LOW }                 | intents.track_order.mode     | is required
            intents:\\n  track_order: { mode: SOMETIMES, risk: LOW } | intents.track_order.mode    | SOMETIMES
            defaults: { mode: AUTOMATE, risk: LOW }                 | defaults.mode                | only intents listed by name may be automated
            maxAutomatedTurns: 0                                    | maxAutomatedTurns            | must be between 1 and 20
            automateEverything: true                                | automateEverything           | Unrecognized field
            """)
    void aPolicyThatWouldWeakenTheCustomersWayToAPersonIsRejectedNamingTheField(String yaml, String field,
            String message) {
        String document = "version: unsafe-1\n" + yaml.replace("\\n", "\n");

        assertThatThrownBy(() -> PolicyParser.parse(document, INTENTS))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.errors())
                        .anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).contains(message);
                        }));
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        String document = """
                maxAutomatedTurns: 99
                humanBelowConfidence: 2
                safety: { distress: false }
                """;

        assertThatThrownBy(() -> PolicyParser.parse(document, INTENTS))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyInAnyOrder("version", "maxAutomatedTurns", "humanBelowConfidence", "safety.distress"));
    }

    @Test
    void notYamlIsRejected() {
        assertThatThrownBy(() -> PolicyParser.parse("{{{", INTENTS))
                .isInstanceOfSatisfying(InvalidPolicyException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("policy"));
        assertThatThrownBy(() -> PolicyParser.parse("  ", INTENTS)).isInstanceOf(InvalidPolicyException.class);
    }

    @Test
    void aChangeIsDescribedFieldByField() throws IOException {
        Policy before = PolicyParser.parse(defaultPolicy(), INTENTS);
        Policy after = PolicyParser.parse(defaultPolicy().replace("version: default-1", "version: default-2")
                .replace("cancel_order:             { mode: SUGGEST, risk: MEDIUM }",
                        "cancel_order:             { mode: SHADOW, risk: MEDIUM, minConfidence: 0.95 }"), INTENTS);

        assertThat(PolicyParser.changes(before, after)).containsExactly(
                "version: default-1 -> default-2",
                "intents.cancel_order.mode: SUGGEST -> SHADOW",
                "intents.cancel_order.minConfidence: (none) -> 0.95");
    }

    static String defaultPolicy() throws IOException {
        try (InputStream in = PolicyParserTest.class.getClassLoader().getResourceAsStream(PolicyStore.DEFAULT_POLICY)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
