package dev.tandem.model.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrainFoldsTest {

    @Test
    void aCarriedOverMessageIsJudgedInTheFoldOfItsSource() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            examples.add(new Example("where is parcel " + i, "track_order", Set.of(), "neutral", "en", "tandem-en"));
        }
        for (int i = 0; i < 200; i++) {
            examples.add(new Example("où est le colis " + i, "track_order", Set.of(), "neutral", "fr", "tandem-fr",
                    "where is parcel " + i, null));
        }

        int[] fold = Train.folds(examples);

        for (int i = 0; i < 200; i++) {
            assertThat(fold[200 + i]).as("fold of message %d's French carry-over", i).isEqualTo(fold[i]);
        }
        assertThat(Arrays.stream(fold, 0, 200).distinct().sorted().toArray()).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void aMessageWhoseSourceIsNotInTheDataKeepsARandomFold() {
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new Example("où est le colis " + i, "track_order", Set.of(), "neutral", "fr", "tandem-fr",
                    "a message that was dropped " + i, null));
        }

        assertThat(Arrays.stream(Train.folds(examples)).distinct().count()).isEqualTo(Train.FOLDS);
    }

    @Test
    void aBatchIsJudgedInOneFoldWithItsSiblingAndItsCarryOvers() {
        List<Example> examples = new ArrayList<>();
        for (int batch = 0; batch < 20; batch++) {
            for (int i = 0; i < 30; i++) {
                String language = i % 2 == 0 ? "en" : "fr";
                examples.add(new Example("message " + i + " of batch " + batch, "track_order", Set.of(), "neutral",
                        language, "tandem-" + language, null, batch + "-chat.txt"));
            }
        }
        for (int i = 0; i < 100; i++) {
            examples.add(new Example("bitext message " + i, "track_order", Set.of(), null, "en", "bitext/train"));
        }

        int[] fold = Train.folds(examples);

        for (int batch = 0; batch < 20; batch++) {
            assertThat(Arrays.stream(fold, batch * 30, batch * 30 + 30).distinct().count())
                    .as("folds of batch %d", batch).isEqualTo(1);
        }
        assertThat(Arrays.stream(fold, 0, 600).distinct().count()).isEqualTo(Train.FOLDS);
        assertThat(Arrays.stream(fold, 600, 700).distinct().count()).isEqualTo(Train.FOLDS);
    }
}
