package dev.tandem.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class NearestMessagesTest {

    private static final List<String> LABELS = List.of("cancel_order", "track_order", "get_refund");
    private static final List<String> TEXTS = List.of(
            "where is my parcel", "my parcel has not arrived", "tracking number for my parcel please",
            "cancel my order", "please cancel the order I placed today",
            "I want my money back", "refund me for the broken lamp");
    private static final List<String> TEXT_LABELS = List.of(
            "track_order", "track_order", "track_order",
            "cancel_order", "cancel_order",
            "get_refund", "get_refund");

    private final NearestMessages nearest = NearestMessages.index(
            TEXTS.stream().map(TextFeatures::of).toList(), TEXT_LABELS, LABELS);

    @Test
    void theVoteGoesToTheLabelOfTheMessagesSharingMostWords() {
        double[] vote = nearest.vote(TextFeatures.of("has my parcel arrived"));

        assertThat(vote[LABELS.indexOf("track_order")]).isGreaterThan(0.5);
        assertThat(Arrays.stream(vote).sum()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void aMessageSharingNoWordHasNoVoteAndKeepsTheLinearProbabilities() {
        double[] vote = nearest.vote(TextFeatures.of("bonjour tout le monde"));
        double[] logits = { 2.0, 0.5, -1.0 };

        assertThat(vote).containsOnly(0.0);
        double[] mixed = Probabilities.softmax(NearestMessages.mix(logits, vote), 1.0);
        assertThat(mixed).containsExactly(Probabilities.softmax(logits, 1.0), within(1e-9));
    }

    @Test
    void theVoteTakesItsShareOfTheMixedProbability() {
        double[] logits = { 0.0, 0.0, 0.0 };
        double[] vote = { 0.0, 1.0, 0.0 };

        double[] mixed = Probabilities.softmax(NearestMessages.mix(logits, vote), 1.0);

        double weight = NearestMessages.VOTE_WEIGHT;
        assertThat(mixed).containsExactly(new double[] { (1 - weight) / 3, (1 - weight) / 3 + weight, (1 - weight) / 3 },
                within(1e-9));
    }

    @Test
    void onlyTheNearestMessagesVote() {
        List<String> texts = IntStream.range(0, NearestMessages.NEIGHBOURS + 5)
                .mapToObj(i -> i < NearestMessages.NEIGHBOURS ? "where is my parcel number " + i : "parcel").toList();
        List<String> labels = IntStream.range(0, texts.size())
                .mapToObj(i -> i < NearestMessages.NEIGHBOURS ? "track_order" : "get_refund").toList();
        NearestMessages index = NearestMessages.index(texts.stream().map(TextFeatures::of).toList(), labels, LABELS);

        double[] vote = index.vote(TextFeatures.of("where is my parcel"));

        assertThat(vote[LABELS.indexOf("track_order")]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void anIndexReadBackVotesTheSame() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            nearest.writeTo(out);
        }
        NearestMessages read = NearestMessages.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        Map<String, Double> message = TextFeatures.of("please cancel my parcel order");
        assertThat(read.vote(message)).containsExactly(nearest.vote(message), within(1e-12));
        assertThat(read.messages()).isEqualTo(TEXTS.size());
    }
}
