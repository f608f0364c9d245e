package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.contracts.Classification;
import dev.tandem.model.training.Corpus;
import dev.tandem.model.training.Example;

/**
 * The model this build trained and ships, on data it never learned from. The accuracy floors sit
 * about a point under today's measured level (held-out 1: 0.924 / 0.911, held-out 2: 0.945 / 0.950,
 * English / French): two models this close disagree on about 30 of the 526 messages of a language,
 * so an equally good model can land a point lower by chance, and a change that makes the model worse
 * fails the build. The product's target (0.92 on natural text, both languages) is judged on the two
 * sets together: 0.934 / 0.931.
 */
class ShippedModelTest {

    private static final Corpus DATA = new Corpus(Path.of("data"));
    private static MessageModel model;

    @BeforeAll
    static void load() {
        model = ModelArtifact.load();
    }

    private static double accuracy(List<Example> examples) {
        return examples.stream().filter(e -> model.classify(e.text()).intent().equals(e.intent())).count()
                / (double) examples.size();
    }

    @Test
    void bitextTestAccuracyIsAtLeast97Percent() {
        assertThat(accuracy(DATA.bitext("test"))).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void heldOutAccuracyDoesNotFallBelowTodaysLevel() {
        assertThat(accuracy(DATA.tandem("heldout/heldout-en.csv", "en"))).isGreaterThanOrEqualTo(0.915);
        assertThat(accuracy(DATA.tandem("heldout/heldout-fr.csv", "fr"))).isGreaterThanOrEqualTo(0.90);
        assertThat(accuracy(DATA.tandem("heldout/heldout2-en.csv", "en"))).isGreaterThanOrEqualTo(0.935);
        assertThat(accuracy(DATA.tandem("heldout/heldout2-fr.csv", "fr"))).isGreaterThanOrEqualTo(0.94);
    }

    /**
     * The product's bar is every request (recall 1.0). Flag recall moves by a message from one data
     * round to the next (65 of 65, then 64 of 65), so the floor sits under today's level, not at the bar.
     */
    @Test
    void heldOutRequestsForAPersonAreFlaggedAtTodaysRecall() {
        List<Example> requests = java.util.stream.Stream.of(
                DATA.tandem("heldout/heldout-en.csv", "en"), DATA.tandem("heldout/heldout-fr.csv", "fr"),
                DATA.tandem("heldout/heldout2-en.csv", "en"), DATA.tandem("heldout/heldout2-fr.csv", "fr"))
                .flatMap(List::stream)
                .filter(e -> e.flags().contains("human_requested"))
                .toList();
        long caught = requests.stream().filter(e -> model.classify(e.text()).flags().contains("human_requested")).count();
        assertThat(caught / (double) requests.size()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            where is my order 1234                   | track_order         | en
            je veux parler à un conseiller            | contact_human_agent | fr
            comment annuler ma comande stp            | cancel_order        | fr
            what's the weather like in Paris tomorrow | out_of_scope        | en
            """)
    void plainRequestsAreUnderstood(String text, String intent, String language) {
        Classification classification = model.classify(text);
        assertThat(classification.intent()).isEqualTo(intent);
        assertThat(classification.language()).isEqualTo(language);
        assertThat(classification.evidence()).isNotEmpty();
    }

    @Test
    void anotherScriptIsAnUndeterminedLanguage() {
        assertThat(model.classify("你好，我的包裹在哪里").language()).isEqualTo(MessageModel.UNDETERMINED_LANGUAGE);
    }

    /** Thresholds ship for the target precision, never for out-of-scope messages. */
    @Test
    void automationThresholdsAreShippedForTheTargetPrecisionAndNeverForOutOfScope() {
        assertThat(model.targetPrecision()).isEqualTo(0.98);
        assertThat(model.automationThresholds()).doesNotContainKey(MessageModel.OUT_OF_SCOPE);
        assertThat(model.automationThresholds().values()).allSatisfy(t -> assertThat(t).isBetween(0.5, 1.0));
    }

    @Test
    void aLongMessageIsScoredOnItsBeginningAndEndButEveryWordIsSearchedForFlags() {
        String story = "I ordered a garden table in March and the parcel went to the wrong depot twice. ".repeat(20);

        assertThat(model.classify(story + "Honestly I just want to talk to a human now.").flags())
                .contains("human_requested");
        assertThat(model.classify("Where is my order 1234? " + story).intent()).isEqualTo("track_order");
    }

    @Test
    void onlyTheBeginningAndTheEndOfALongMessageAreScored() {
        List<String> words = IntStream.range(0, 200).mapToObj(i -> "w" + i).toList();

        List<String> scored = MessageModel.scored(words);

        assertThat(scored).hasSize(MessageModel.SCORED_HEAD + MessageModel.SCORED_TAIL)
                .startsWith("w0", "w1").endsWith("w198", "w199");
        assertThat(MessageModel.scored(words.subList(0, 30))).isEqualTo(words.subList(0, 30));
    }
}
